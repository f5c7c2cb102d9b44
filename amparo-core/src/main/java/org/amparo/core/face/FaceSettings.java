package org.amparo.core.face;

/**
 * Settings of face identification. Immutable.
 *
 * @param minSimilarity the match threshold on the similarity scale {@code (1 + cosine) / 2}, in (0.5,1)
 * @param maxPhotos most photos per enrolment, positive
 * @param maxPhotoBytes largest photo, in bytes, positive
 */
public record FaceSettings(double minSimilarity, int maxPhotos, int maxPhotoBytes) {
    /**
     * The default threshold, {@code (1 + 0.934) / 2 = 0.967}: cosine 0.934 is where the false-match rate
     * reaches the target 1e-3 on the shared LFW set (400 photos of 50 people: 1,400 genuine and 78,400
     * impostor pairs, dlib ResNet templates of the face module; thresholds at FPR 1e-2, 1e-3, 1e-4 were
     * cosine 0.913, 0.934, 0.950, genuine mean 0.94, impostor mean 0.84). The 1e-3 point rests on
     * about 78 impostor pairs above it; recalibrate on the agency's own photos before use.
     */
    public static final double DEFAULT_MIN_SIMILARITY = (1 + 0.934) / 2;

    public FaceSettings {
        if (!(minSimilarity > 0.5 && minSimilarity < 1)) {
            throw new IllegalArgumentException("minSimilarity must be in (0.5,1): " + minSimilarity);
        }
        if (maxPhotos < 1 || maxPhotoBytes < 1) {
            throw new IllegalArgumentException("maxPhotos and maxPhotoBytes must be positive");
        }
    }

    /** The default threshold, up to 10 photos of up to 10 MiB each. */
    public static FaceSettings defaults() {
        return new FaceSettings(DEFAULT_MIN_SIMILARITY, 10, 10 * 1024 * 1024);
    }
}
