package org.amparo.face.detect;

import org.amparo.face.image.PixelBox;

/**
 * One detected face, in source-image pixels. Immutable.
 *
 * @param box the face box (it may extend past the image border)
 * @param keypoints eyes, nose, mouth and ears
 * @param score detector confidence, a probability in (0,1]
 */
public record Detection(PixelBox box, FaceKeypoints keypoints, double score) {
    public Detection {
        if (!(score > 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in (0,1]: " + score);
        }
    }
}
