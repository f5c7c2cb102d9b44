package org.amparo.face.detect;

/**
 * Settings of {@link BlazeFaceDetector}. Immutable.
 *
 * @param minScore keep anchors whose sigmoid score exceeds this, in (0,1); BlazeFace uses 0.5
 * @param maxIou non-maximum suppression drops a box overlapping a better one by more than this
 *     intersection over union, in (0,1]; BlazeFace uses 0.3
 * @param tileSidePixels frames whose longer side exceeds 1.5 times this are also searched in
 *     overlapping square tiles of this side, because BlazeFace at 256x256 misses faces smaller than
 *     about 7 % of the searched square; 0 disables tiling; otherwise at least 256
 */
public record DetectorOptions(double minScore, double maxIou, int tileSidePixels) {
    public DetectorOptions {
        if (!(minScore > 0 && minScore < 1)) {
            throw new IllegalArgumentException("minScore must be in (0,1): " + minScore);
        }
        if (!(maxIou > 0 && maxIou <= 1)) {
            throw new IllegalArgumentException("maxIou must be in (0,1]: " + maxIou);
        }
        if (tileSidePixels != 0 && tileSidePixels < 256) {
            throw new IllegalArgumentException("tileSidePixels must be 0 or at least 256: " + tileSidePixels);
        }
    }

    /** Score 0.5, IoU 0.3, tiles of 512 pixels for frames longer than 768 pixels. */
    public static DetectorOptions defaults() {
        return new DetectorOptions(0.5, 0.3, 512);
    }
}
