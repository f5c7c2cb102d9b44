package org.amparo.face.embed;

/**
 * A face descriptor: 128 floats of unit Euclidean length (the dlib ResNet output, L2-normalised).
 * Two faces of one person have a high cosine similarity. Immutable: values are copied in and out.
 */
public final class FaceEmbedding {
    /** Number of dimensions. */
    public static final int DIMENSIONS = 128;

    private final float[] values;

    private FaceEmbedding(float[] values) {
        this.values = values;
    }

    /**
     * Normalises a raw descriptor to unit length.
     *
     * @param raw {@link #DIMENSIONS} finite values, not all zero
     */
    public static FaceEmbedding normalise(float[] raw) {
        if (raw.length != DIMENSIONS) {
            throw new IllegalArgumentException("expected " + DIMENSIONS + " values, got " + raw.length);
        }
        double sum = 0;
        for (float v : raw) {
            if (!Float.isFinite(v)) {
                throw new IllegalArgumentException("descriptor values must be finite");
            }
            sum += (double) v * v;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("a zero descriptor has no direction");
        }
        double norm = Math.sqrt(sum);
        float[] unit = new float[DIMENSIONS];
        for (int i = 0; i < DIMENSIONS; i++) {
            unit[i] = (float) (raw[i] / norm);
        }
        return new FaceEmbedding(unit);
    }

    /** A copy of the unit vector. */
    public float[] values() {
        return values.clone();
    }

    /** Cosine similarity in [-1,1]: the dot product of the two unit vectors. */
    public double cosine(FaceEmbedding other) {
        double dot = 0;
        for (int i = 0; i < DIMENSIONS; i++) {
            dot += (double) values[i] * other.values[i];
        }
        return Math.clamp(dot, -1.0, 1.0);
    }

    /**
     * Similarity in [0,1], higher is more alike: {@code (1 + cosine) / 2}, the scale of the
     * project's {@code minSimilarity} thresholds.
     */
    public double similarity(FaceEmbedding other) {
        return (1 + cosine(other)) / 2;
    }
}
