package org.amparo.face.pipeline;

/**
 * Thresholds of the enrolment quality check. Immutable.
 *
 * @param minEyeDistancePixels smallest distance between the eye centres in the source image, in
 *     pixels, positive; the chip puts them 52.9 pixels apart, so much less means upsampling
 * @param minSharpness smallest variance of the Laplacian of the aligned chip's grey levels (0..255
 *     scale), not negative
 * @param secondFaceRatio a further face counts as "several faces" when its box is at least this
 *     fraction of the largest face's width, in (0,1]
 */
public record QualityOptions(double minEyeDistancePixels, double minSharpness, double secondFaceRatio) {
    public QualityOptions {
        if (!(minEyeDistancePixels > 0)) {
            throw new IllegalArgumentException("minEyeDistancePixels must be positive: " + minEyeDistancePixels);
        }
        if (!(minSharpness >= 0)) {
            throw new IllegalArgumentException("minSharpness must not be negative: " + minSharpness);
        }
        if (!(secondFaceRatio > 0 && secondFaceRatio <= 1)) {
            throw new IllegalArgumentException("secondFaceRatio must be in (0,1]: " + secondFaceRatio);
        }
    }

    /** Eyes at least 20 pixels apart, sharpness at least 20, a second face at half the width. */
    public static QualityOptions defaults() {
        return new QualityOptions(20, 20, 0.5);
    }
}
