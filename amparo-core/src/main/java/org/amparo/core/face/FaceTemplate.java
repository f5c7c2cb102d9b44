package org.amparo.core.face;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.amparo.core.evidence.Sha256;

/**
 * A face template: {@value #DIMENSIONS} floats of unit Euclidean length, compared by cosine. Biometric
 * data: keep one only for a watchlist entry or a permitted match. Immutable (copied in and out); its
 * text form never shows the values.
 */
public final class FaceTemplate {
    /** Number of dimensions. */
    public static final int DIMENSIONS = 128;

    /** Bytes of the serialized form (little-endian IEEE 754 floats). */
    public static final int BYTES = DIMENSIONS * Float.BYTES;

    private static final double NORM_TOLERANCE = 1e-3;

    private final float[] values;

    private FaceTemplate(float[] values) {
        this.values = values;
    }

    /** Wraps a copy of a unit vector of {@value #DIMENSIONS} finite values (norm within 1e-3 of 1). */
    public static FaceTemplate of(float[] unit) {
        if (unit.length != DIMENSIONS) {
            throw new IllegalArgumentException("a template has " + DIMENSIONS + " values, got " + unit.length);
        }
        double sum = 0;
        for (float v : unit) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("template values must be finite");
            }
            sum += (double) v * v;
        }
        if (Math.abs(Math.sqrt(sum) - 1) > NORM_TOLERANCE) {
            throw new IllegalArgumentException("a template is a unit vector");
        }
        return new FaceTemplate(unit.clone());
    }

    /** Reads the serialized form of {@link #toBytes()}. */
    public static FaceTemplate fromBytes(byte[] bytes) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException("a serialized template is " + BYTES + " bytes");
        }
        float[] v = new float[DIMENSIONS];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return of(v);
    }

    /** A copy of the values. */
    public float[] values() {
        return values.clone();
    }

    /** The little-endian serialized form. */
    public byte[] toBytes() {
        ByteBuffer buffer = ByteBuffer.allocate(BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(values);
        return buffer.array();
    }

    /** Hex SHA-256 of the serialized form: identifies the template in the gallery version and audit. */
    public String sha256() {
        return Sha256.hex(toBytes());
    }

    /** Cosine similarity in [-1,1]. */
    public double cosine(FaceTemplate other) {
        double dot = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
            dot += (double) values[i] * other.values[i];
        }
        return Math.clamp(dot, -1.0, 1.0);
    }

    /** Similarity in [0,1], higher is more alike: {@code (1 + cosine) / 2}. */
    public double similarity(FaceTemplate other) {
        return (1 + cosine(other)) / 2;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FaceTemplate t && Arrays.equals(values, t.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "FaceTemplate[" + DIMENSIONS + "]";
    }
}
