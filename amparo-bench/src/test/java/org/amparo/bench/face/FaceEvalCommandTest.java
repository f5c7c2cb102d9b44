package org.amparo.bench.face;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code face-eval} end to end on an LFW-format fixture written from the shared set: a 2-fold pairs
 * file (25 people per fold, 60 matched and 60 mismatched pairs each) over the shared images, which
 * already have LFW's {@code <Name>/<Name>_<NNNN>.jpg} layout. Skips when the shared set is absent,
 * and fails then under {@code CI=true}. Asserts sanity only, never accuracy levels or timings.
 */
class FaceEvalCommandTest {
    @TempDir
    Path temp;

    @Test
    void lfwPairsGiveTwoFoldAccuracyAucAndTprs() throws IOException {
        Path manifest = sharedManifest();
        Path pairs = temp.resolve("pairs.txt");
        SharedFaceSet.read(manifest).writeLfwPairs(pairs, 2, 60, new Random(4));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<FaceEval.Row> rows;
        try (PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            rows = FaceEval.run(
                    FaceEvalOptions.parse(List.of(
                            "--images", manifest.resolveSibling("lfw").toString(),
                            "--pairs", pairs.toString(),
                            "--threads", "2")),
                    out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        System.out.print(text);
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.scores().genuineCount()).isEqualTo(120);
            assertThat(row.scores().impostorCount()).isEqualTo(120);
            KFoldAccuracy.Result folds = row.folds();
            assertThat(folds).isNotNull();
            if (folds != null) {
                assertThat(folds.perFold()).hasSize(2);
                assertThat(folds.mean()).isGreaterThan(0.8);
            }
            assertThat(row.scores().auc()).isGreaterThan(0.9);
        });
        assertThat(text)
                .contains("2-fold accuracy (mean ± std)", "AUC", "TPR@FPR=1e-2", "TPR@FPR=1e-3", "TPR@FPR=1e-4")
                .contains("note: 120 impostor pairs cannot resolve FPR 1e-03");
    }

    @Test
    void malformedPairsFilesAreRejectedWithTheLine() throws IOException {
        Path pairs = temp.resolve("bad.txt");
        Files.writeString(pairs, "2\t1\nA\t1\t2\nA\t1\tB\t2\nC\t1\tD\t1\nC\t1\tD\t2\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> LfwPairs.read(pairs, temp))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("matched 'name n1 n2' line in fold 2: C\t1\tD\t1");
    }

    @Test
    void pairsResolveToTheLfwLayout() {
        assertThat(LfwPairs.image(Path.of("lfw"), "Abdullah_Gul", "13"))
                .isEqualTo(Path.of("lfw/Abdullah_Gul/Abdullah_Gul_0013.jpg"));
    }

    private static Path sharedManifest() {
        String configured = System.getProperty("amparo-test.shared-data");
        Path manifest =
                (configured != null ? Path.of(configured) : Path.of("../../shared/data")).resolve("faces/manifest.csv");
        if (!Files.isRegularFile(manifest)) {
            String message = "shared face images absent: " + manifest.toAbsolutePath()
                    + " (set -Damparo-test.shared-data=<dir> to point at the shared data set)";
            if ("true".equals(System.getenv("CI"))) {
                fail(message + " (CI=true: the shared data set is required)");
            }
            assumeTrue(false, message);
        }
        return manifest;
    }
}
