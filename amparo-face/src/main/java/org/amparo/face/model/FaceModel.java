package org.amparo.face.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The ONNX models committed under {@code org/amparo/face/models/}, produced from npm packages by
 * {@code tools/face-models/build-models.sh}. {@link #bytes()} refuses a model whose SHA-256 differs
 * from the one recorded in {@code SHA256SUMS} next to it, so a damaged or swapped file never runs.
 *
 * <p>Immutable and thread-safe.
 */
public enum FaceModel {
    /**
     * MediaPipe BlazeFace 256x256 from {@code @vladmandic/human} 3.3.6 (MIT). Input {@code input}
     * [1,256,256,3] NHWC with pixels scaled to [-1,1]; outputs {@code Identity} [1,512,1] and {@code
     * Identity_1} [1,384,1] (score logits of the 16x16x2 and 8x8x6 anchors), {@code Identity_2}
     * [1,512,16] and {@code Identity_3} [1,384,16] (box and keypoint offsets in input pixels).
     */
    BLAZEFACE("blazeface.onnx"),
    /**
     * The dlib ResNet-29 face descriptor (weights public domain) as ported by {@code
     * @vladmandic/face-api} 1.7.15 (MIT). Input {@code input} [N,150,150,3] RGB in 0..255; output
     * {@code descriptor} [N,128], not normalised.
     */
    DLIB_RESNET("dlib-resnet.onnx");

    private static final String FOLDER = "/org/amparo/face/models/";

    private final String fileName;

    FaceModel(String fileName) {
        this.fileName = fileName;
    }

    /** The file name under {@code org/amparo/face/models/}. */
    public String fileName() {
        return fileName;
    }

    /** The SHA-256 recorded for this model in {@code SHA256SUMS}, lower-case hex. */
    public String expectedSha256() {
        String sums = new String(resource("SHA256SUMS"), StandardCharsets.US_ASCII);
        return sums.lines()
                .map(line -> line.trim().split("\\s+"))
                .filter(parts -> parts.length == 2 && parts[1].equals(fileName))
                .map(parts -> parts[0])
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no SHA-256 recorded for " + fileName));
    }

    /**
     * The model file, after checking its SHA-256.
     *
     * @throws IllegalStateException when the file is missing or its hash differs from {@code
     *     SHA256SUMS}
     */
    public byte[] bytes() {
        byte[] bytes = resource(fileName);
        String actual = sha256(bytes);
        if (!actual.equals(expectedSha256())) {
            throw new IllegalStateException(fileName + " has SHA-256 " + actual + ", expected " + expectedSha256()
                    + " (rebuild with " + "tools/face-models/build-models.sh)");
        }
        return bytes;
    }

    /** Lower-case hex SHA-256 of the given bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always provides SHA-256", e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = FaceModel.class.getResourceAsStream(FOLDER + name)) {
            return Objects.requireNonNull(in, () -> "missing resource " + FOLDER + name)
                    .readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + name, e);
        }
    }
}
