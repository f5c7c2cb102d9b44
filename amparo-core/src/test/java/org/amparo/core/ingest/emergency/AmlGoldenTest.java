package org.amparo.core.ingest.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.amparo.core.ingest.GoldenFixes;
import org.amparo.core.ingest.SharedTestData;
import org.amparo.core.ingest.emergency.aml.AmlHttpsDecoder;
import org.amparo.core.ingest.emergency.aml.AmlSmsDecoder;
import org.amparo.core.ingest.json.JsonValue;
import org.amparo.core.ingest.json.JsonValue.JsonNumber;
import org.amparo.core.ingest.json.JsonValue.JsonObject;
import org.amparo.core.ingest.json.JsonValue.JsonString;
import org.junit.jupiter.api.Test;

/**
 * Replays every real AML message of {@code emergency/aml-messages.jsonl}: the result must agree with the source's own
 * expectation (parsed or refused, and the values it names) and with {@code golden/emergency/aml-expected.jsonl}.
 */
class AmlGoldenTest {
    private final AmlSmsDecoder sms = new AmlSmsDecoder();
    private final AmlHttpsDecoder https = AmlHttpsDecoder.unauthenticated();

    @Test
    void everySharedMessageDecodesAsExpected() throws IOException {
        Path messages = SharedTestData.require("emergency/aml-messages.jsonl");
        Map<String, JsonObject> golden = GoldenLocations.load("/golden/emergency/aml-expected.jsonl", "case");
        Set<String> seen = new HashSet<>();
        for (String text : Files.readAllLines(messages, StandardCharsets.UTF_8)) {
            if (text.isBlank()) {
                continue;
            }
            JsonObject line = GoldenFixes.line(text);
            String name = GoldenLocations.string(line, "case");
            String message = GoldenLocations.string(line, "message");
            LocationResult result = GoldenLocations.string(line, "kind").equals("https_urlencoded")
                    ? https.decode(message.getBytes(StandardCharsets.US_ASCII))
                    : sms.decodeText(message);
            JsonObject expected = golden.get(name);
            assertThat(expected).as("golden line for case %s", name).isNotNull();
            GoldenLocations.assertMatches(result, Objects.requireNonNull(expected), name);
            agreesWithSource(result, (JsonObject) Objects.requireNonNull(line.get("expected")), line, name);
            seen.add(name);
        }
        assertThat(seen).as("every golden case was replayed").isEqualTo(golden.keySet());
    }

    /** Checks the source's own expectation, translated: its outcome, its flag on ml, and every value it names. */
    private static void agreesWithSource(LocationResult result, JsonObject expected, JsonObject line, String name) {
        String outcome = GoldenLocations.string(expected, "outcome");
        boolean mlMismatch = line.get("ml_matches_length") instanceof JsonValue.JsonBoolean b && !b.value();
        if (mlMismatch) {
            assertThat(result).as(name).isInstanceOf(LocationResult.Located.class);
            assertThat(((LocationResult.Located) result).location().lengthMismatch())
                    .as(name)
                    .isTrue();
            return;
        }
        if (outcome.startsWith("AmlParseException")) {
            assertThat(result).as(name).isInstanceOf(LocationResult.Invalid.class);
            return;
        }
        boolean noLocation = outcome.contains("null location")
                || expected.get("positioning_method") instanceof JsonString s
                        && s.value().equals("NO_LOCATION");
        if (noLocation) {
            assertThat(result).as(name).isInstanceOf(LocationResult.NoLocation.class);
            return;
        }
        assertThat(result).as(name).isInstanceOf(LocationResult.Located.class);
        CallerLocation location = ((LocationResult.Located) result).location();
        assertThat(location.lengthMismatch()).as(name).isFalse();
        if (expected.get("latitude") instanceof JsonNumber lat) {
            assertThat(Objects.requireNonNull(location.position()).latitude())
                    .as(name)
                    .isEqualTo(lat.toDouble());
        }
        if (expected.get("longitude") instanceof JsonNumber lon) {
            assertThat(Objects.requireNonNull(location.position()).longitude())
                    .as(name)
                    .isEqualTo(lon.toDouble());
        }
        if (expected.get("radius_m") instanceof JsonNumber radius) {
            assertThat(location.radiusMeters()).as(name).isEqualTo(radius.toDouble());
        }
        if (expected.get("level_of_confidence") instanceof JsonNumber confidence) {
            assertThat(location.confidencePercent()).as(name).isEqualTo((int) confidence.toDouble());
        }
        if (expected.get("time_of_positioning_utc") instanceof JsonString time) {
            assertThat(location.timeOfPositioning()).as(name).isEqualTo(Instant.parse(time.value()));
        }
        if (expected.get("imsi") instanceof JsonString imsi) {
            assertThat(Objects.requireNonNull(location.call().imsi()).digits())
                    .as(name)
                    .isEqualTo(imsi.value());
        }
        if (expected.get("imei") instanceof JsonString imei) {
            assertThat(Objects.requireNonNull(location.call().imei()).digits())
                    .as(name)
                    .isEqualTo(imei.value());
        }
        if (expected.get("positioning_method") instanceof JsonString method) {
            assertThat(location.method())
                    .as(name)
                    .isEqualTo(
                            switch (method.value()) {
                                case "WIFI_SIGNAL" -> PositioningMethod.WIFI;
                                case "gps" -> PositioningMethod.GNSS;
                                default ->
                                    throw new AssertionError(name + ": unmapped source method " + method.value());
                            });
        }
    }
}
