package org.amparo.core.ingest.osmand;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.amparo.core.ingest.DecodeResult;
import org.amparo.core.ingest.GoldenFixes;
import org.amparo.core.ingest.SharedTestData;
import org.amparo.core.ingest.json.JsonValue.JsonNumber;
import org.amparo.core.ingest.json.JsonValue.JsonObject;
import org.amparo.core.ingest.json.JsonValue.JsonString;
import org.junit.jupiter.api.Test;

/**
 * Replays every real captured OsmAnd request of the shared data set and checks it against
 * {@code golden/osmand/expected.jsonl}: what Traccar's test verifies (a position, or nothing) and the exact
 * values Amparo decodes.
 */
class OsmAndGoldenTest {
    private final OsmAndDecoder decoder =
            new OsmAndDecoder(Clock.fixed(Instant.parse("2025-11-26T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void everyCapturedRequestDecodesAsItsVerifySays() throws IOException {
        Path captures = SharedTestData.require("devices/osmand-messages.jsonl");
        Map<Long, JsonObject> expectations = expectations();
        List<String> lines = Files.readAllLines(captures, StandardCharsets.UTF_8);
        assertThat(lines).isNotEmpty();
        int checked = 0;
        for (String text : lines) {
            if (text.isBlank()) {
                continue;
            }
            JsonObject capture = GoldenFixes.line(text);
            long line = ((JsonNumber) Objects.requireNonNull(
                            ((JsonObject) Objects.requireNonNull(capture.get("source"))).get("line")))
                    .toBigDecimal()
                    .longValueExact();
            String what = "capture at Traccar test line " + line;
            DecodeResult result = decoder.decode(request(capture));
            String verify = string(capture, "verify");
            if (verify.equals("verifyNull")) {
                assertThat(result).as(what).isInstanceOf(DecodeResult.Rejected.class);
            } else {
                assertThat(result).as(what + " (" + verify + ")").isInstanceOf(DecodeResult.Decoded.class);
                assertThat(((DecodeResult.Decoded) result).fixes()).as(what).isNotEmpty();
            }
            JsonObject expected = expectations.get(line);
            assertThat(expected)
                    .as(what + " has an expectation in golden/osmand/expected.jsonl")
                    .isNotNull();
            GoldenFixes.assertMatches(result, Objects.requireNonNull(expected), what);
            checked++;
        }
        assertThat(checked).isEqualTo(expectations.size());
    }

    /** Builds the request as the capture describes it: GET payloads are request targets, others bodies. */
    static OsmAndRequest request(JsonObject capture) {
        String method = string(capture, "http_method");
        String payload = string(capture, "payload");
        if (method.equals("GET")) {
            return OsmAndRequest.fromTarget(method, payload, null, new byte[0]);
        }
        String uri = capture.get("uri") instanceof JsonString s ? s.value() : "/";
        String contentType = capture.get("content_type") instanceof JsonString s ? s.value() : null;
        return OsmAndRequest.fromTarget(method, uri, contentType, payload.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<Long, JsonObject> expectations() throws IOException {
        Map<Long, JsonObject> byLine = new HashMap<>();
        try (InputStream in =
                Objects.requireNonNull(OsmAndGoldenTest.class.getResourceAsStream("/golden/osmand/expected.jsonl"))) {
            for (String text : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!text.isBlank()) {
                    JsonObject expectation = GoldenFixes.line(text);
                    long line = ((JsonNumber) Objects.requireNonNull(expectation.get("line")))
                            .toBigDecimal()
                            .longValueExact();
                    byLine.put(line, expectation);
                }
            }
        }
        return byLine;
    }

    private static String string(JsonObject o, String name) {
        return ((JsonString) Objects.requireNonNull(o.get(name), name)).value();
    }
}
