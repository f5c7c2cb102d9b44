package org.amparo.core.ingest;

import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Finds a file of the shared third-party data set: the {@code amparo-test.shared-data} system property
 * (set by surefire), else {@code ../../shared/data} from the module directory. When the file is absent the
 * test is skipped with a message, or fails when the environment variable {@code CI} is {@code true}.
 */
public final class SharedTestData {
    private SharedTestData() {}

    public static Path require(String relative) {
        String configured = System.getProperty("amparo-test.shared-data");
        Path root = configured != null ? Path.of(configured) : Path.of("../../shared/data");
        Path file = root.resolve(relative).normalize();
        if (!Files.isRegularFile(file)) {
            String message = "shared test data absent: " + file.toAbsolutePath()
                    + " (set -Damparo-test.shared-data=<dir> to point at the shared data set)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(message);
            }
            Assumptions.abort(message);
        }
        return file;
    }
}
