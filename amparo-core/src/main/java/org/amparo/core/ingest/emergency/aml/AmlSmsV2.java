package org.amparo.core.ingest.emergency.aml;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.amparo.core.ingest.emergency.CallContext;
import org.amparo.core.ingest.emergency.CallerLocation;
import org.amparo.core.ingest.emergency.Imei;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.amparo.core.ingest.emergency.LocationFlag;
import org.amparo.core.ingest.emergency.LocationResult;
import org.amparo.core.ingest.emergency.LocationSource;
import org.amparo.core.ingest.emergency.NetworkCode;
import org.amparo.core.ingest.emergency.NoLocationReason;
import org.amparo.core.ingest.emergency.PositioningMethod;
import org.jspecify.annotations.Nullable;

/**
 * AML SMS version 2, the Android ELS format: {@code en} dialled number, {@code et} call start (epoch seconds),
 * {@code lo=lat,lon,accuracy}, {@code lt} location time in seconds relative to {@code et}, {@code lc} confidence,
 * {@code lz=altitude,verticalAccuracy}, {@code ls} method, {@code ei} IMEI, {@code nc}/{@code hc} serving and home
 * MCC+MNC, {@code lg} languages. Unknown attributes are ignored. Stateless.
 */
final class AmlSmsV2 {
    /** {@code lt=-9999} appears in published messages that do carry a location: it stands for "time unknown". */
    static final long UNKNOWN_RELATIVE_TIME = -9999;

    private AmlSmsV2() {}

    static LocationResult decode(String text, LocationSource source) throws AmlRejection {
        Map<String, String> a = SmsAttributes.split(text);
        Set<LocationFlag> flags = EnumSet.noneOf(LocationFlag.class);
        String en = a.get("en");
        String et = a.get("et");
        Instant callStart = et == null ? null : Instant.ofEpochSecond(AmlValues.integer("et", et));
        String ei = a.get("ei");
        Imei imei = ei == null ? null : AmlValues.imei("ei", ei);
        Instant time = positionTime(callStart, a.get("lt"), flags);
        CallContext call = new CallContext(
                source,
                en == null ? null : AmlValues.phoneNumber("en", en),
                null,
                callStart,
                imei,
                null,
                network("nc", a.get("nc")),
                network("hc", a.get("hc")),
                flags);
        String ls = a.get("ls");
        PositioningMethod method = ls == null ? PositioningMethod.UNKNOWN : AmlMethods.ofCode("ls", ls);
        String lc = a.get("lc");
        Integer confidence = lc == null ? null : AmlValues.confidence("lc", lc);
        Double altitude = altitude(a.get("lz"));
        if ("N".equals(ls)) {
            return new LocationResult.NoLocation(NoLocationReason.POSITIONING_METHOD_NONE, call, time, "ls=N");
        }
        String lo = a.get("lo");
        if (lo == null) {
            return new LocationResult.NoLocation(NoLocationReason.COORDINATES_ABSENT, call, time, "no lo");
        }
        String[] parts = lo.split(",", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new AmlRejection(InvalidReason.MALFORMED, "lo is not lat,lon[,accuracy]");
        }
        Double radius = parts.length == 3 ? AmlValues.radius("lo", AmlValues.decimal("lo", parts[2])) : null;
        return AmlSmsV1.locate(
                parts[0],
                parts[1],
                call,
                time,
                p -> new CallerLocation(call, p, radius, confidence, altitude, method, time, null, null));
    }

    private static @Nullable Instant positionTime(
            @Nullable Instant callStart, @Nullable String lt, Set<LocationFlag> flags) throws AmlRejection {
        if (lt == null) {
            return null;
        }
        long relative = AmlValues.integer("lt", lt);
        if (relative == UNKNOWN_RELATIVE_TIME || callStart == null) {
            flags.add(LocationFlag.IMPLAUSIBLE_TIME_DROPPED);
            return null;
        }
        return callStart.plusSeconds(relative);
    }

    private static @Nullable NetworkCode network(String name, @Nullable String value) throws AmlRejection {
        if (value == null) {
            return null;
        }
        NetworkCode code = NetworkCode.ofConcatenated(value);
        if (code == null) {
            throw new AmlRejection(InvalidReason.BAD_VALUE, name + " is not MCC+MNC digits");
        }
        return code;
    }

    private static @Nullable Double altitude(@Nullable String lz) throws AmlRejection {
        if (lz == null) {
            return null;
        }
        String[] parts = lz.split(",", -1);
        double altitude = AmlValues.decimal("lz", parts[0]);
        if (Math.abs(altitude) > 100_000) {
            throw new AmlRejection(InvalidReason.OUT_OF_RANGE, "lz altitude out of range");
        }
        return altitude;
    }
}
