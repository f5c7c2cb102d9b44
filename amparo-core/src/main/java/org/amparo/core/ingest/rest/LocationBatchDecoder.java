package org.amparo.core.ingest.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amparo.core.ingest.DecodeException;
import org.amparo.core.ingest.DecodeResult;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.ElementProblem;
import org.amparo.core.ingest.FieldRules;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.ingest.FixTimes;
import org.amparo.core.ingest.JsonFields;
import org.amparo.core.ingest.RejectReason;
import org.amparo.core.ingest.json.JsonError;
import org.amparo.core.ingest.json.JsonLimits;
import org.amparo.core.ingest.json.JsonReader;
import org.amparo.core.ingest.json.JsonResult;
import org.amparo.core.ingest.json.JsonValue;
import org.amparo.core.ingest.json.JsonValue.JsonArray;
import org.amparo.core.ingest.json.JsonValue.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the body of {@code POST /api/v1/locations}: a JSON array of 0 to {@code maxFixes} objects
 *
 * <pre>{@code
 * {"deviceId": "861001000719969", "lat": -2.9001, "lon": -79.0059, "at": "2025-11-26T00:00:00Z",
 *  "accuracyMeters": 10, "speedMetersPerSecond": 1.5, "bearingDegrees": 90, "altitudeMeters": 2550,
 *  "batteryPercent": 80}
 * }</pre>
 *
 * <p>{@code deviceId}, {@code lat}, {@code lon} and {@code at} (ISO 8601 with offset) are required; the rest
 * is optional, in SI units as named, and must be in range: this format is ours, so unlike device protocols
 * it has no "-1 means unknown" and unknown members are refused. The batch is all or nothing: when any
 * element is invalid, nothing is decoded and {@link DecodeResult.Rejected#elements()} lists every invalid
 * element with its index (the first problem of each); the overall reason is that of the first.
 *
 * <p>Immutable and thread-safe.
 */
public final class LocationBatchDecoder {
    /** The default largest batch. */
    public static final int DEFAULT_MAX_FIXES = 1000;

    private static final Set<String> MEMBERS = Set.of(
            "deviceId",
            "lat",
            "lon",
            "at",
            "accuracyMeters",
            "speedMetersPerSecond",
            "bearingDegrees",
            "altitudeMeters",
            "batteryPercent",
            "hdop");

    private final int maxFixes;
    private final JsonReader reader;

    public LocationBatchDecoder() {
        this(DEFAULT_MAX_FIXES, JsonLimits.BATCH);
    }

    public LocationBatchDecoder(int maxFixes, JsonLimits limits) {
        if (maxFixes < 1) {
            throw new IllegalArgumentException("maxFixes must be positive: " + maxFixes);
        }
        this.maxFixes = maxFixes;
        this.reader = new JsonReader(limits);
    }

    /** The fixes of the batch in array order, or why (and which elements) it was refused. */
    public DecodeResult decode(byte[] body) {
        JsonArray array;
        try {
            array = array(body);
        } catch (DecodeException e) {
            return e.toRejected();
        }
        List<DeviceFix> fixes = new ArrayList<>(array.elements().size());
        List<ElementProblem> problems = new ArrayList<>();
        for (int i = 0; i < array.elements().size(); i++) {
            try {
                fixes.add(element(array.elements().get(i)));
            } catch (DecodeException e) {
                problems.add(new ElementProblem(i, e.reason(), String.valueOf(e.getMessage())));
            }
        }
        if (problems.isEmpty()) {
            return new DecodeResult.Decoded(fixes);
        }
        String detail = problems.size() + " of " + array.elements().size() + " elements are invalid; first at index "
                + problems.getFirst().index() + ": " + problems.getFirst().detail();
        return new DecodeResult.Rejected(problems.getFirst().reason(), detail, problems);
    }

    private JsonArray array(byte[] body) throws DecodeException {
        JsonValue value =
                switch (reader.read(body)) {
                    case JsonResult.Parsed parsed -> parsed.value();
                    case JsonResult.Invalid invalid ->
                        throw new DecodeException(
                                invalid.error().kind() == JsonError.Kind.LIMIT
                                        ? RejectReason.TOO_LARGE
                                        : RejectReason.MALFORMED,
                                "body: " + invalid.error().describe());
                };
        if (!(value instanceof JsonArray array)) {
            throw new DecodeException(RejectReason.MALFORMED, "body: expected an array, got " + value.typeName());
        }
        if (array.elements().size() > maxFixes) {
            throw new DecodeException(RejectReason.TOO_LARGE, "body: more than " + maxFixes + " fixes");
        }
        return array;
    }

    private static DeviceFix element(JsonValue value) throws DecodeException {
        JsonObject fix = JsonFields.object(value, "element");
        for (String name : fix.members().keySet()) {
            if (!MEMBERS.contains(name)) {
                throw new DecodeException(RejectReason.INVALID_FIELD, "unknown member '" + shorten(name) + "'");
            }
        }
        String deviceId = FieldRules.identifier(JsonFields.requiredString(fix, "deviceId", ""), "deviceId");
        var position =
                FieldRules.point(JsonFields.requiredNumber(fix, "lat", ""), JsonFields.requiredNumber(fix, "lon", ""));
        var at = FixTimes.parseIso(JsonFields.requiredString(fix, "at", ""), "at");
        FixReadings readings;
        try {
            readings = FixReadings.builder()
                    .accuracyMeters(JsonFields.optionalNumber(fix, "accuracyMeters", ""))
                    .speedMetersPerSecond(JsonFields.optionalNumber(fix, "speedMetersPerSecond", ""))
                    .bearingDegrees(JsonFields.optionalNumber(fix, "bearingDegrees", ""))
                    .altitudeMeters(finite(JsonFields.optionalNumber(fix, "altitudeMeters", "")))
                    .batteryPercent(JsonFields.optionalNumber(fix, "batteryPercent", ""))
                    .hdop(JsonFields.optionalNumber(fix, "hdop", ""))
                    .build();
        } catch (IllegalArgumentException e) {
            throw new DecodeException(RejectReason.INVALID_FIELD, String.valueOf(e.getMessage()));
        }
        return new DeviceFix(deviceId, at, position, readings, FixSource.REST_BATCH);
    }

    private static @Nullable Double finite(@Nullable Double altitude) throws DecodeException {
        return FieldRules.finite(altitude, "altitudeMeters");
    }

    private static String shorten(String name) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "..." : name;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
