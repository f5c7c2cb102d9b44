package org.amparo.server.face;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.amparo.core.face.FaceSettings;
import org.amparo.core.face.FaceTemplate;
import org.amparo.core.face.PhotoCheck;

/**
 * One real person of the shared LFW set (faces/manifest.csv under {@code amparo-test.shared-data}):
 * two enrolment photos and a third, unseen one a camera sees, which the face engine matches above
 * the default threshold. Skips with a message when the set is absent, fails under {@code CI=true}.
 *
 * @param name the person's LFW name
 * @param enrolment two photos to enrol
 * @param seen the photo posted as a camera frame
 */
@SuppressWarnings("ArrayRecordComponent") // test data, never compared
public record FacePhotos(String name, List<byte[]> enrolment, byte[] seen) {

    /** The first person of the manifest whose photos the engine can enrol and match. */
    public static FacePhotos find(FaceEngine engine) {
        return find(engine, 0);
    }

    /**
     * The person after {@code skip} others of the manifest whose photos the engine can enrol and match, for tests
     * that share one gallery and must not enrol the same person twice.
     */
    public static FacePhotos find(FaceEngine engine, int skip) {
        int skipped = 0;
        Map<String, List<Path>> byPerson = new LinkedHashMap<>();
        Path root = root();
        for (String[] row : manifest(root)) {
            byPerson.computeIfAbsent(row[1], k -> new ArrayList<>()).add(root.resolve(row[0]));
        }
        for (Map.Entry<String, List<Path>> person : byPerson.entrySet()) {
            List<byte[]> photos =
                    person.getValue().stream().map(FacePhotos::read).toList();
            List<FaceTemplate> enrolled = new ArrayList<>();
            for (byte[] photo : photos.subList(0, 2)) {
                if (engine.check(photo) instanceof PhotoCheck.Usable(FaceTemplate t)) {
                    enrolled.add(t);
                }
            }
            if (enrolled.size() < 2) {
                continue;
            }
            for (byte[] photo : photos.subList(2, photos.size())) {
                if (engine.check(photo) instanceof PhotoCheck.Usable(FaceTemplate t)
                        && enrolled.stream().mapToDouble(t::similarity).max().orElse(0)
                                >= FaceSettings.DEFAULT_MIN_SIMILARITY + 0.005) {
                    if (skipped == skip) {
                        return new FacePhotos(person.getKey(), photos.subList(0, 2), photo);
                    }
                    skipped++;
                    break;
                }
            }
        }
        throw new IllegalStateException("no person of the shared set can be enrolled and matched");
    }

    private static Path root() {
        String configured = System.getProperty("amparo-test.shared-data");
        Path root = (configured != null ? Path.of(configured) : Path.of("../../shared/data")).resolve("faces");
        if (!Files.isRegularFile(root.resolve("manifest.csv"))) {
            String message = "shared face images absent: " + root.toAbsolutePath()
                    + " (set -Damparo-test.shared-data=<dir> to point at the shared data set)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (CI=true: the shared data set is required)");
            }
            assumeTrue(false, message);
        }
        return root;
    }

    private static List<String[]> manifest(Path root) {
        try {
            return Files.readAllLines(root.resolve("manifest.csv"), StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(","))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
