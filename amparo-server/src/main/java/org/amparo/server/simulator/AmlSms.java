package org.amparo.server.simulator;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.amparo.core.geo.GeoPoint;

/**
 * The text of an AML SMS version 1 (ETSI TS 103 625), as a handset sends it with an emergency call:
 * {@code A"ML=1;lt=;lg=;rd=;top=;lc=;pm=;si=;ei=;mcc=;mnc=;ml=}, {@code ml} being the message's own length.
 */
final class AmlSms {
    private static final DateTimeFormatter TOP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private AmlSms() {}

    /** A GNSS fix of {@code radiusMeters} at {@code positionedAt}, from an Ecuadorian handset. */
    static String text(GeoPoint at, int radiusMeters, Instant positionedAt, String imsi, String imei) {
        String body = String.format(
                Locale.ROOT,
                "A\"ML=1;lt=%+.5f;lg=%+.5f;rd=%d;top=%s;lc=68;pm=G;si=%s;ei=%s;mcc=740;mnc=01;ml=",
                at.latitude(),
                at.longitude(),
                radiusMeters,
                TOP.format(positionedAt),
                imsi,
                imei);
        int length = body.length() + 1;
        while (Integer.toString(length).length() != length - body.length()) {
            length++;
        }
        return body + length;
    }
}
