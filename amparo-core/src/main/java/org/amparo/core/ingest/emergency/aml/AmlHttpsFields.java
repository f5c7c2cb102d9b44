package org.amparo.core.ingest.emergency.aml;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.amparo.core.ingest.emergency.CallContext;
import org.amparo.core.ingest.emergency.CallerLocation;
import org.amparo.core.ingest.emergency.Imei;
import org.amparo.core.ingest.emergency.Imsi;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.amparo.core.ingest.emergency.LocationFlag;
import org.amparo.core.ingest.emergency.LocationResult;
import org.amparo.core.ingest.emergency.LocationSource;
import org.amparo.core.ingest.emergency.NetworkCode;
import org.amparo.core.ingest.emergency.PositioningMethod;
import org.jspecify.annotations.Nullable;

/** Reads the fields of an authenticated AML HTTPS form. One instance per message; not thread-safe. */
final class AmlHttpsFields {
    private final Map<String, String> fields;
    private final Set<LocationFlag> flags = EnumSet.noneOf(LocationFlag.class);

    private AmlHttpsFields(Map<String, String> fields) {
        this.fields = fields;
    }

    static LocationResult decode(Map<String, String> fields, boolean unverified) throws AmlRejection {
        String v = fields.get("v");
        if (v != null && !v.equals("1")) {
            throw new AmlRejection(InvalidReason.UNSUPPORTED_VERSION, "v is not 1");
        }
        AmlHttpsFields f = new AmlHttpsFields(fields);
        if (unverified) {
            f.flags.add(LocationFlag.MAC_NOT_VERIFIED);
        }
        return f.decode();
    }

    private LocationResult decode() throws AmlRejection {
        Instant time = optional("location_time", value -> AmlValues.epochMillis("location_time", value));
        Double radius = optional("location_accuracy", v -> AmlValues.radius("location_accuracy", number(v)));
        Integer confidence = optional("location_confidence", v -> AmlValues.confidence("location_confidence", v));
        Integer confidencePercent = confidence != null
                ? confidence
                : optional("location_certainty", v -> AmlValues.confidence("location_certainty", v));
        Double altitude = optional("location_altitude", AmlHttpsFields::altitude);
        PositioningMethod read = optional("location_source", AmlMethods::ofSource);
        PositioningMethod method = read == null ? PositioningMethod.UNKNOWN : read;
        CallContext call = context();
        return AmlSmsV1.locate(
                present("location_latitude"),
                present("location_longitude"),
                call,
                time,
                p -> new CallerLocation(call, p, radius, confidencePercent, altitude, method, time, null, null));
    }

    /** Reads the call fields; built last so that it carries every flag raised while reading. */
    private CallContext context() {
        String emergencyNumber = optional("emergency_number", v -> AmlValues.phoneNumber("emergency_number", v));
        String deviceNumber = optional("device_number", v -> AmlValues.phoneNumber("device_number", v));
        Instant callStart = optional("time", value -> AmlValues.epochMillis("time", value));
        Imei imei = optional("device_imei", value -> AmlValues.imei("device_imei", value));
        Imsi imsi = optional("device_imsi", value -> AmlValues.imsi("device_imsi", value));
        NetworkCode serving = network("cell_network_mcc", "cell_network_mnc");
        NetworkCode home = network("cell_home_mcc", "cell_home_mnc");
        return new CallContext(
                LocationSource.AML_HTTPS, emergencyNumber, deviceNumber, callStart, imei, imsi, serving, home, flags);
    }

    private @Nullable String present(String name) {
        String value = fields.get(name);
        return value == null || value.isEmpty() ? null : value;
    }

    /** Reads an optional field; a malformed value is dropped and flagged. */
    private <T> @Nullable T optional(String name, Reader<T> reader) {
        String value = present(name);
        if (value == null) {
            return null;
        }
        try {
            return reader.read(value);
        } catch (AmlRejection e) {
            flags.add(LocationFlag.MALFORMED_FIELD_IGNORED);
            return null;
        }
    }

    private @Nullable NetworkCode network(String mccName, String mncName) {
        NetworkCode code = NetworkCode.ofOrNull(present(mccName), present(mncName));
        if (code == null && (present(mccName) != null || present(mncName) != null)) {
            flags.add(LocationFlag.MALFORMED_FIELD_IGNORED);
        }
        return code;
    }

    private static double number(String value) throws AmlRejection {
        return AmlValues.decimal("number", value);
    }

    private static double altitude(String value) throws AmlRejection {
        double altitude = AmlValues.decimal("location_altitude", value);
        if (Math.abs(altitude) > 100_000) {
            throw new AmlRejection(InvalidReason.OUT_OF_RANGE, "location_altitude out of range");
        }
        return altitude;
    }

    @FunctionalInterface
    private interface Reader<T> {
        @Nullable
        T read(String value) throws AmlRejection;
    }
}
