package org.amparo.core.geo.track;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.amparo.core.geo.GeoPoint;

/**
 * Reads the third-party traces of the shared data folder (system property {@code
 * amparo-test.shared-data}, else {@code ../../shared/data}): Go!Track CSV and GPX track points.
 * Absent data skips the calling test, or fails it when {@code CI=true}.
 */
final class SharedTraces {
    private static final Pattern TRKPT =
            Pattern.compile("<trkpt\\s+lat=\"([^\"]+)\"\\s+lon=\"([^\"]+)\"\\s*>(.*?)</trkpt>", Pattern.DOTALL);
    private static final Pattern TIME = Pattern.compile("<time>([^<]+)</time>");
    private static final DateTimeFormatter GOTRACK_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SharedTraces() {}

    /** A position of a trace at a time. */
    record Point(Instant at, GeoPoint position) {}

    static Path require(String relative) {
        String configured = System.getProperty("amparo-test.shared-data");
        Path root = configured != null ? Path.of(configured) : Path.of("../../shared/data");
        Path file = root.resolve(relative);
        if (!Files.isRegularFile(file)) {
            String message = "shared trace " + file.toAbsolutePath() + " is absent";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (CI=true: the shared data set is required)");
            }
            assumeTrue(false, message + "; skipping");
        }
        return file;
    }

    /** The points of one Go!Track track, whose local times are read in {@code zone}. */
    static List<Point> goTrack(Path csv, String trackId, ZoneId zone) throws IOException {
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        List<String> header = Arrays.asList(lines.getFirst().replace("\"", "").split(","));
        int lat = header.indexOf("latitude");
        int lon = header.indexOf("longitude");
        int track = header.indexOf("track_id");
        int time = header.indexOf("time");
        List<Point> points = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.replace("\"", "").split(",");
            if (cells[track].equals(trackId)) {
                Instant at = LocalDateTime.parse(cells[time], GOTRACK_TIME)
                        .atZone(zone)
                        .toInstant();
                points.add(new Point(at, new GeoPoint(Double.parseDouble(cells[lat]), Double.parseDouble(cells[lon]))));
            }
        }
        return points;
    }

    /** The timed track points of a GPX file, in file order (waypoints and untimed points skipped). */
    static List<Point> gpx(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        List<Point> points = new ArrayList<>();
        Matcher m = TRKPT.matcher(text);
        while (m.find()) {
            Matcher time = TIME.matcher(m.group(3));
            if (time.find()) {
                points.add(new Point(
                        Instant.parse(time.group(1)),
                        new GeoPoint(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)))));
            }
        }
        return points;
    }
}
