package org.amparo.face.pipeline;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The 400 LFW photographs of 50 people in the shared data set ({@code faces/manifest.csv} under the
 * {@code amparo-test.shared-data} system property, else {@code ../../shared/data} from the module).
 * Tests skip with a message when the set is absent, and fail when it is absent under {@code CI=true}.
 */
public final class SharedFaces {
    private SharedFaces() {}

    /** One manifest row: the image file and whose face it shows. */
    public record Photo(Path file, String identity) {}

    public static List<Photo> photos() {
        String configured = System.getProperty("amparo-test.shared-data");
        Path root = (configured != null ? Path.of(configured) : Path.of("../../shared/data")).resolve("faces");
        Path manifest = root.resolve("manifest.csv");
        if (!Files.isRegularFile(manifest)) {
            String message = "shared face images absent: " + manifest.toAbsolutePath()
                    + " (set -Damparo-test.shared-data=<dir> to point at the shared data set)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (CI=true: the shared data set is required)");
            }
            assumeTrue(false, message);
        }
        try {
            return Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                    .skip(1)
                    .filter(line -> !line.isBlank())
                    .map(line -> line.split(","))
                    .map(cells -> new Photo(root.resolve(cells[0]), cells[1]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] read(Photo photo) {
        try {
            return Files.readAllBytes(photo.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
