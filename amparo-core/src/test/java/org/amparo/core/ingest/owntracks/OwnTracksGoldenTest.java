package org.amparo.core.ingest.owntracks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.amparo.core.ingest.DecodeResult;
import org.amparo.core.ingest.GoldenFixes;
import org.amparo.core.ingest.json.JsonValue;
import org.amparo.core.ingest.json.JsonValue.JsonObject;
import org.amparo.core.ingest.json.JsonValue.JsonString;
import org.junit.jupiter.api.Test;

/** Replays the hand-written OwnTracks messages of {@code golden/owntracks/messages.jsonl}. */
class OwnTracksGoldenTest {
    private final OwnTracksDecoder decoder = new OwnTracksDecoder();

    @Test
    void everyMessageDecodesAsExpected() throws IOException {
        int checked = 0;
        for (String text : resource("/golden/owntracks/messages.jsonl").split("\n")) {
            if (text.isBlank()) {
                continue;
            }
            JsonObject message = GoldenFixes.line(text);
            String name = ((JsonString) Objects.requireNonNull(message.get("name"))).value();
            String topic = ((JsonString) Objects.requireNonNull(message.get("topic"))).value();
            byte[] payload = payloadBytes(text);
            DecodeResult result = decoder.decodeMqtt(topic, payload);
            JsonObject expect = (JsonObject) Objects.requireNonNull(message.get("expect"));
            JsonValue asFix = expect.get("rejected") == null ? new JsonObject(java.util.Map.of("fix", expect)) : expect;
            GoldenFixes.assertMatches(result, (JsonObject) asFix, name);
            checked++;
        }
        assertThat(checked).isEqualTo(12);
    }

    @Test
    void unsupportedTypesAreNamedInTheDetail() throws IOException {
        DecodeResult result = decoder.decodeMqtt(
                "owntracks/maria/iphone", "{\"_type\":\"lwt\",\"tst\":1764115000}".getBytes(StandardCharsets.UTF_8));
        assertThat(result).isInstanceOfSatisfying(DecodeResult.Rejected.class, r -> assertThat(r.detail())
                .contains("'lwt'"));
    }

    /** The payload exactly as written in the line, so that the decoder reads the original bytes. */
    private static byte[] payloadBytes(String line) {
        int start = line.indexOf("\"payload\":") + "\"payload\":".length();
        int end = line.indexOf(",\"expect\":");
        return line.substring(start, end).getBytes(StandardCharsets.UTF_8);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Objects.requireNonNull(OwnTracksGoldenTest.class.getResourceAsStream(name))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
