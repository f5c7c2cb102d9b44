package org.amparo.core.geo.track;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every golden scenario of {@code golden/geofence/}: a real trace from the shared data
 * folder, rules in, the exact expected events out (see that folder's README).
 */
class GoldenScenarioTest {

    @TestFactory
    Stream<DynamicTest> goldenScenarios() throws IOException, URISyntaxException {
        Path folder = Path.of(Objects.requireNonNull(getClass().getResource("/golden/geofence"))
                .toURI());
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".scenario"))
                    .sorted()
                    .toList();
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(3);
        return files.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> replay(file)));
    }

    private static void replay(Path file) throws IOException {
        Scenario scenario = Scenario.parse(file);
        List<SharedTraces.Point> points = points(scenario.trace());
        SubjectMonitor monitor = new SubjectMonitor(new MonitoringOrder(
                "golden", "subject", scenario.rules(), points.getFirst().at()));
        Recorder events = new Recorder();
        for (SharedTraces.Point point : points) {
            monitor.accept(new Fix("subject", point.at(), point.position(), scenario.accuracyMeters()), events);
        }
        assertThat(events.lines()).as("events of %s", scenario.name()).isEqualTo(scenario.expected());
    }

    /** {@code gotrack <track id> <time zone>} or {@code gpx <file under traces/gpx>}. */
    private static List<SharedTraces.Point> points(List<String> trace) throws IOException {
        return switch (trace.getFirst()) {
            case "gotrack" ->
                SharedTraces.goTrack(
                        SharedTraces.require("traces/gotrack/go_track_trackspoints.csv"),
                        trace.get(1),
                        ZoneId.of(trace.get(2)));
            case "gpx" -> SharedTraces.gpx(SharedTraces.require("traces/gpx/" + trace.get(1)));
            default -> throw new IllegalArgumentException("unknown trace kind " + trace);
        };
    }
}
