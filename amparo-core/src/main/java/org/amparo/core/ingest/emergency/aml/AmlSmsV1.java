package org.amparo.core.ingest.emergency.aml;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.emergency.CallContext;
import org.amparo.core.ingest.emergency.CallerLocation;
import org.amparo.core.ingest.emergency.Imei;
import org.amparo.core.ingest.emergency.Imsi;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.amparo.core.ingest.emergency.LocationFlag;
import org.amparo.core.ingest.emergency.LocationResult;
import org.amparo.core.ingest.emergency.LocationSource;
import org.amparo.core.ingest.emergency.NetworkCode;
import org.amparo.core.ingest.emergency.NoLocationReason;
import org.amparo.core.ingest.emergency.PositioningMethod;
import org.jspecify.annotations.Nullable;

/** AML SMS version 1 ({@code A"ML=1;lt=;lg=;rd=;top=;lc=;pm=;si=;ei=;mcc=;mnc=;ml=}). Stateless. */
final class AmlSmsV1 {
    private static final Set<String> KNOWN =
            Set.of("lt", "lg", "rd", "top", "lc", "pm", "si", "ei", "mcc", "mnc", "ml");

    private AmlSmsV1() {}

    /**
     * @param text the whole message, header included, surrounding whitespace removed
     * @param length the message length in characters (septets for a data SMS)
     */
    static LocationResult decode(String text, int length, LocationSource source) throws AmlRejection {
        Map<String, String> a = SmsAttributes.split(text);
        for (String name : a.keySet()) {
            if (!KNOWN.contains(name)) {
                throw new AmlRejection(InvalidReason.UNKNOWN_ATTRIBUTE, "unknown attribute " + name);
            }
        }
        Set<LocationFlag> flags = EnumSet.noneOf(LocationFlag.class);
        String ml = a.get("ml");
        if (ml == null) {
            flags.add(LocationFlag.LENGTH_MISSING);
        } else if (AmlValues.integer("ml", ml) != length) {
            flags.add(LocationFlag.LENGTH_MISMATCH);
        }
        String si = a.get("si");
        String ei = a.get("ei");
        Imsi imsi = si == null ? null : AmlValues.imsi("si", si);
        Imei imei = ei == null ? null : AmlValues.imei("ei", ei);
        String mcc = a.get("mcc");
        String mnc = a.get("mnc");
        NetworkCode network = NetworkCode.ofOrNull(mcc, mnc);
        if (network == null && (mcc != null || mnc != null)) {
            throw new AmlRejection(InvalidReason.BAD_VALUE, "mcc/mnc are not 3 and 1 to 3 digits");
        }
        CallContext call = new CallContext(source, null, null, null, imei, imsi, network, null, flags);
        String top = a.get("top");
        Instant time = top == null ? null : AmlValues.top(top);
        String pm = a.get("pm");
        PositioningMethod method = pm == null ? PositioningMethod.UNKNOWN : AmlMethods.ofCode("pm", pm);
        String rd = a.get("rd");
        String lc = a.get("lc");
        Integer confidence = lc == null ? null : AmlValues.confidence("lc", lc);
        if ("N".equals(pm)) {
            return new LocationResult.NoLocation(NoLocationReason.POSITIONING_METHOD_NONE, call, time, "pm=N");
        }
        if ("N".equals(rd)) {
            return new LocationResult.NoLocation(NoLocationReason.RADIUS_NONE, call, time, "rd=N");
        }
        Double radius = rd == null ? null : AmlValues.radius("rd", AmlValues.decimal("rd", rd));
        return locate(
                a.get("lt"),
                a.get("lg"),
                call,
                time,
                located -> new CallerLocation(call, located, radius, confidence, null, method, time, null, null));
    }

    /** Builds a position from latitude and longitude texts, or the no-location result they stand for. */
    static LocationResult locate(
            @Nullable String lt, @Nullable String lg, CallContext call, @Nullable Instant time, Build build)
            throws AmlRejection {
        if (lt == null || lg == null) {
            return new LocationResult.NoLocation(NoLocationReason.COORDINATES_ABSENT, call, time, "no lt/lg");
        }
        double latitude = AmlValues.decimal("lt", lt);
        double longitude = AmlValues.decimal("lg", lg);
        if (latitude == 0 && longitude == 0) {
            return new LocationResult.NoLocation(NoLocationReason.ZERO_COORDINATES, call, time, "lt=lg=0");
        }
        return new LocationResult.Located(build.at(AmlValues.point(latitude, longitude)));
    }

    /** Completes a location once its position is known. */
    @FunctionalInterface
    interface Build {
        CallerLocation at(GeoPoint position);
    }
}
