package org.amparo.face.pipeline;

import org.amparo.face.detect.Detection;
import org.amparo.face.embed.FaceEmbedding;

/**
 * One face of an analysed image: where it is, its template and the measures the quality check
 * used. Immutable. Holds biometric data: callers keep it only for faces they are authorized to keep.
 *
 * @param detection box, keypoints and score in source pixels
 * @param embedding the L2-normalised 128-d template
 * @param eyeDistancePixels distance between the eye centres in the source image, in pixels
 * @param sharpness variance of the Laplacian of the aligned chip, see {@link QualityOptions}
 */
public record AnalyzedFace(Detection detection, FaceEmbedding embedding, double eyeDistancePixels, double sharpness) {
    public AnalyzedFace {
        if (!(eyeDistancePixels >= 0) || !(sharpness >= 0)) {
            throw new IllegalArgumentException("eye distance and sharpness must be non-negative numbers");
        }
    }
}
