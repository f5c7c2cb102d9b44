package org.amparo.core.ingest.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.amparo.core.ingest.SharedTestData;
import org.amparo.core.ingest.emergency.pidf.HeldResponseDecoder;
import org.amparo.core.ingest.emergency.pidf.PidfLoDecoder;
import org.amparo.core.ingest.json.JsonValue.JsonObject;
import org.junit.jupiter.api.Test;

/**
 * Decodes every HELD response and PIDF-LO document of the shared data set and checks it against
 * {@code golden/emergency/xml-expected.jsonl}; a new file in the shared folders without a golden line fails.
 */
class PidfHeldGoldenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);

    private final HeldResponseDecoder held = new HeldResponseDecoder(CLOCK);
    private final PidfLoDecoder pidf = new PidfLoDecoder(CLOCK);

    @Test
    void everySharedDocumentDecodesAsGolden() throws IOException {
        Path anyFile = SharedTestData.require("emergency/held/gridgears_pointResponse.xml");
        Path emergency = Objects.requireNonNull(
                Objects.requireNonNull(anyFile.getParent()).getParent());
        Map<String, JsonObject> golden = GoldenLocations.load("/golden/emergency/xml-expected.jsonl", "file");
        List<String> files = Stream.concat(list(emergency, "held"), list(emergency, "pidf-lo"))
                .toList();
        assertThat(files)
                .as("shared documents each have a golden line")
                .containsExactlyInAnyOrderElementsOf(golden.keySet());
        for (String file : files) {
            JsonObject expected = Objects.requireNonNull(golden.get(file), file);
            byte[] xml = Files.readAllBytes(emergency.resolve(file));
            LocationResult result =
                    GoldenLocations.string(expected, "decoder").equals("HELD") ? held.decode(xml) : pidf.decode(xml);
            GoldenLocations.assertMatches(result, expected, file);
        }
    }

    private static Stream<String> list(Path emergency, String folder) throws IOException {
        try (Stream<Path> paths = Files.list(emergency.resolve(folder))) {
            return paths
                    .filter(p -> p.toString().endsWith(".xml"))
                    .map(p -> folder + "/" + p.getFileName())
                    .sorted()
                    .toList()
                    .stream();
        }
    }
}
