package org.amparo.face.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * The committed ONNX models compute what the original TF.js networks compute: the golden files
 * under {@code golden/face-models/} hold the outputs of the TF.js graphs on the pure-JS CPU
 * backend ({@code tools/face-models/reference/golden.cjs}) for the patterns of {@link
 * GoldenPatterns}; every output of ONNX Runtime must lie within 1e-4 of them, absolutely for
 * values up to 1 and relatively above (BlazeFace's logits reach about 900, where one float32 ulp is
 * 6e-5 and the summation order of the two runtimes alone moves the result by a few 1e-4).
 */
class FaceModelsGoldenTest {
    private static final double TOLERANCE = 1e-4;
    private static final List<String> BLAZEFACE_OUTPUTS = List.of("Identity", "Identity_1", "Identity_2", "Identity_3");

    @Test
    void blazeFaceMatchesTheTfjsGraphOnEveryPattern() {
        try (FaceModelSession session = FaceModelSession.open(FaceModel.BLAZEFACE)) {
            for (String name : GoldenPatterns.NAMES) {
                int[] pixels = GoldenPatterns.pattern(name, 256);
                float[] input = new float[pixels.length];
                for (int i = 0; i < pixels.length; i++) {
                    input[i] = (float) (pixels[i] / 127.5 - 1.0);
                }
                float[] actual = concat(session.run(input, new long[] {1, 256, 256, 3}, BLAZEFACE_OUTPUTS));
                float[] expected = golden("blazeface-" + name + ".f32");
                assertThat(actual).hasSize((512 + 384) * 17);
                assertWithinTolerance("blazeface " + name, actual, expected);
            }
        }
    }

    @Test
    void dlibResNetMatchesFaceApiOnABatchOfAllPatterns() {
        int size = 150 * 150 * 3;
        float[] input = new float[GoldenPatterns.NAMES.length * size];
        for (int n = 0; n < GoldenPatterns.NAMES.length; n++) {
            int[] pixels = GoldenPatterns.pattern(GoldenPatterns.NAMES[n], 150);
            for (int i = 0; i < size; i++) {
                input[n * size + i] = pixels[i];
            }
        }
        try (FaceModelSession session = FaceModelSession.open(FaceModel.DLIB_RESNET)) {
            long[] shape = {GoldenPatterns.NAMES.length, 150, 150, 3};
            float[] actual = session.run(input, shape, List.of("descriptor")).getFirst();
            float[] expected = golden("dlib-resnet-noise-tiles-face.f32");
            assertThat(actual).hasSize(GoldenPatterns.NAMES.length * 128);
            assertWithinTolerance("dlib-resnet", actual, expected);
        }
    }

    @Test
    void modelsMatchTheirRecordedHashes() {
        for (FaceModel model : FaceModel.values()) {
            assertThat(FaceModel.sha256(model.bytes())).isEqualTo(model.expectedSha256());
        }
    }

    private static void assertWithinTolerance(String what, float[] actual, float[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        double worst = 0;
        int worstAt = -1;
        for (int i = 0; i < actual.length; i++) {
            double diff = Math.abs(actual[i] - expected[i]) / Math.max(1.0, Math.abs(expected[i]));
            if (diff > worst) {
                worst = diff;
                worstAt = i;
            }
        }
        System.out.printf(
                "%s: %d values, max |onnx - tfjs| / max(1, |tfjs|) = %.3g at %d%n",
                what, actual.length, worst, worstAt);
        assertThat(worst).as("%s: max difference at index %d", what, worstAt).isLessThanOrEqualTo(TOLERANCE);
    }

    private static float[] concat(List<float[]> parts) {
        int length = parts.stream().mapToInt(p -> p.length).sum();
        float[] out = new float[length];
        int at = 0;
        for (float[] part : parts) {
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    private static float[] golden(String file) {
        try (InputStream in = FaceModelsGoldenTest.class.getResourceAsStream("/golden/face-models/" + file)) {
            byte[] bytes = Objects.requireNonNull(in, file).readAllBytes();
            float[] values = new float[bytes.length / 4];
            ByteBuffer.wrap(bytes)
                    .order(ByteOrder.LITTLE_ENDIAN)
                    .asFloatBuffer()
                    .get(values);
            return values;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read golden file " + file, e);
        }
    }
}
