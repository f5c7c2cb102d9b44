package org.amparo.core.ingest.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.amparo.core.ingest.GoldenFixes;
import org.amparo.core.ingest.json.JsonValue;
import org.amparo.core.ingest.json.JsonValue.JsonArray;
import org.amparo.core.ingest.json.JsonValue.JsonNull;
import org.amparo.core.ingest.json.JsonValue.JsonNumber;
import org.amparo.core.ingest.json.JsonValue.JsonObject;
import org.amparo.core.ingest.json.JsonValue.JsonString;
import org.jspecify.annotations.Nullable;

/**
 * Compares a {@link LocationResult} with one line of a golden file of {@code golden/emergency/} (format in its
 * README): an absent key is not checked, {@code null} means the value must be absent.
 */
public final class GoldenLocations {
    private GoldenLocations() {}

    /** The lines of a golden resource, keyed by {@code key}, in file order. */
    public static Map<String, JsonObject> load(String resource, String key) throws IOException {
        Map<String, JsonObject> lines = new LinkedHashMap<>();
        try (InputStream in = Objects.requireNonNull(GoldenLocations.class.getResourceAsStream(resource), resource)) {
            for (String text : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!text.isBlank()) {
                    JsonObject line = GoldenFixes.line(text);
                    lines.put(string(line, key), line);
                }
            }
        }
        return lines;
    }

    public static void assertMatches(LocationResult actual, JsonObject expected, String what) {
        Map<String, @Nullable Object> values = describe(actual);
        for (Map.Entry<String, JsonValue> e : expected.members().entrySet()) {
            String key = e.getKey();
            if (key.equals("case") || key.equals("file") || key.equals("decoder") || key.startsWith("diverges")) {
                continue;
            }
            assertThat(values).as("%s: golden key %s is known", what, key).containsKey(key);
            Object value = values.get(key);
            JsonValue want = e.getValue();
            String as = what + ": " + key;
            switch (want) {
                case JsonNull n -> assertThat(value).as(as).isNull();
                case JsonNumber n ->
                    assertThat(value).as(as).isInstanceOf(Number.class).satisfies(v -> assertThat(
                                    ((Number) Objects.requireNonNull(v)).doubleValue())
                            .as(as)
                            .isEqualTo(n.toDouble()));
                case JsonString s -> assertThat(String.valueOf(value)).as(as).isEqualTo(s.value());
                case JsonArray a -> assertThat(value).as(as).isEqualTo(strings(a));
                case JsonObject o -> assertThat(value).as(as).isEqualTo(stringMap(o));
                default -> throw new AssertionError(as + ": unsupported golden value " + want);
            }
        }
    }

    /** The result as the flat key/value view the golden files use. */
    public static Map<String, @Nullable Object> describe(LocationResult result) {
        Map<String, @Nullable Object> v = new LinkedHashMap<>();
        switch (result) {
            case LocationResult.Located l -> {
                CallerLocation c = l.location();
                v.put("result", "located");
                call(v, c.call());
                v.put("lat", c.position() == null ? null : c.position().latitude());
                v.put("lon", c.position() == null ? null : c.position().longitude());
                v.put("radius_m", c.radiusMeters());
                v.put("confidence", c.confidencePercent());
                v.put("altitude_m", c.altitudeMeters());
                v.put("method", c.method().name());
                v.put("time", text(c.timeOfPositioning()));
                v.put("retention_expiry", text(c.retentionExpiry()));
                v.put("civic", civic(c.civicAddress()));
            }
            case LocationResult.NoLocation n -> {
                v.put("result", "no_location");
                v.put("reason", n.reason().name());
                v.put("detail", n.detail());
                v.put("time", text(n.attemptTime()));
                call(v, n.call());
            }
            case LocationResult.Invalid i -> {
                v.put("result", "invalid");
                v.put("reason", i.reason().name());
                v.put("detail", i.detail());
            }
        }
        return v;
    }

    private static void call(Map<String, @Nullable Object> v, CallContext call) {
        v.put("source", call.source().name());
        v.put("call_start", text(call.callStart()));
        v.put("emergency_number", call.emergencyNumber());
        v.put("device_number", call.deviceNumber());
        v.put("imei", call.imei() == null ? null : call.imei().digits());
        v.put("imsi", call.imsi() == null ? null : call.imsi().digits());
        v.put(
                "mcc",
                call.servingNetwork() == null ? null : call.servingNetwork().mcc());
        v.put(
                "mnc",
                call.servingNetwork() == null ? null : call.servingNetwork().mnc());
        v.put("home_mcc", call.homeNetwork() == null ? null : call.homeNetwork().mcc());
        v.put("home_mnc", call.homeNetwork() == null ? null : call.homeNetwork().mnc());
        v.put("flags", call.flags().stream().map(Enum::name).sorted().toList());
    }

    private static @Nullable Map<String, String> civic(@Nullable CivicAddress civic) {
        if (civic == null) {
            return null;
        }
        Map<String, String> fields = new TreeMap<>();
        civic.fields().forEach((field, value) -> fields.put(field.name(), value));
        return fields;
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static List<String> strings(JsonArray array) {
        List<String> values = new ArrayList<>();
        for (JsonValue element : array.elements()) {
            values.add(((JsonString) element).value());
        }
        return values.stream().sorted().toList();
    }

    private static Map<String, String> stringMap(JsonObject object) {
        Map<String, String> values = new TreeMap<>();
        object.members().forEach((k, val) -> values.put(k, ((JsonString) val).value()));
        return values;
    }

    public static String string(JsonObject o, String name) {
        return ((JsonString) Objects.requireNonNull(o.get(name), name)).value();
    }
}
