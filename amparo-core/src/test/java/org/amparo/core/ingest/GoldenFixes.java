package org.amparo.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.amparo.core.ingest.json.JsonLimits;
import org.amparo.core.ingest.json.JsonReader;
import org.amparo.core.ingest.json.JsonResult;
import org.amparo.core.ingest.json.JsonValue;
import org.amparo.core.ingest.json.JsonValue.JsonArray;
import org.amparo.core.ingest.json.JsonValue.JsonNumber;
import org.amparo.core.ingest.json.JsonValue.JsonObject;
import org.amparo.core.ingest.json.JsonValue.JsonString;
import org.jspecify.annotations.Nullable;

/** Reads golden expectation files (JSON lines) and compares decoded results with them. */
public final class GoldenFixes {
    private static final JsonReader READER = new JsonReader(new JsonLimits(1 << 20, 32, 1 << 20, 64, 100_000));

    private GoldenFixes() {}

    /** One JSON line as an object. */
    public static JsonObject line(String text) {
        JsonResult result = READER.read(text.getBytes(StandardCharsets.UTF_8));
        assertThat(result).as("golden line parses: %s", text).isInstanceOf(JsonResult.Parsed.class);
        return (JsonObject) ((JsonResult.Parsed) result).value();
    }

    /** Asserts that {@code actual} matches an expectation holding either "rejected" or "fixes". */
    public static void assertMatches(DecodeResult actual, JsonObject expectation, String what) {
        JsonValue rejected = expectation.get("rejected");
        if (rejected instanceof JsonString reason) {
            assertThat(actual).as(what).isInstanceOf(DecodeResult.Rejected.class);
            assertThat(((DecodeResult.Rejected) actual).reason()).as(what).hasToString(reason.value());
            return;
        }
        assertThat(actual).as(what).isInstanceOf(DecodeResult.Decoded.class);
        List<DeviceFix> fixes = ((DecodeResult.Decoded) actual).fixes();
        List<JsonValue> expected = expectation.get("fixes") instanceof JsonArray array
                ? array.elements()
                : List.of(java.util.Objects.requireNonNull(expectation.get("fix")));
        assertThat(fixes).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < fixes.size(); i++) {
            assertFix(fixes.get(i), (JsonObject) expected.get(i), what + " fix " + i);
        }
    }

    /** Asserts every field of {@code fix}; readings absent from {@code expected} must be null. */
    public static void assertFix(DeviceFix fix, JsonObject expected, String what) {
        assertThat(fix.deviceIdentifier()).as(what).isEqualTo(string(expected, "deviceIdentifier"));
        assertThat(fix.at()).as(what).isEqualTo(Instant.parse(string(expected, "at")));
        assertThat(fix.position().latitude()).as(what).isCloseTo(number(expected, "latitude"), within(1e-12));
        assertThat(fix.position().longitude()).as(what).isCloseTo(number(expected, "longitude"), within(1e-12));
        FixReadings r = fix.readings();
        assertReading(r.accuracyMeters(), expected, "accuracyMeters", what);
        assertReading(r.speedMetersPerSecond(), expected, "speedMetersPerSecond", what);
        assertReading(r.bearingDegrees(), expected, "bearingDegrees", what);
        assertReading(r.altitudeMeters(), expected, "altitudeMeters", what);
        assertReading(r.batteryPercent(), expected, "batteryPercent", what);
        assertReading(r.hdop(), expected, "hdop", what);
    }

    private static void assertReading(@Nullable Double actual, JsonObject expected, String name, String what) {
        if (expected.get(name) instanceof JsonNumber number) {
            assertThat(actual).as(what + " " + name).isNotNull();
            assertThat(actual).as(what + " " + name).isCloseTo(number.toDouble(), within(1e-9));
        } else {
            assertThat(actual).as(what + " " + name + " is unknown").isNull();
        }
    }

    private static String string(JsonObject o, String name) {
        return ((JsonString) java.util.Objects.requireNonNull(o.get(name), name)).value();
    }

    private static double number(JsonObject o, String name) {
        return ((JsonNumber) java.util.Objects.requireNonNull(o.get(name), name)).toDouble();
    }
}
