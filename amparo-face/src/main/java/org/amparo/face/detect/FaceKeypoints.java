package org.amparo.face.detect;

import java.util.List;
import java.util.function.UnaryOperator;
import org.amparo.face.image.PixelPoint;

/**
 * The six BlazeFace keypoints of one face, in source-image pixels. "Right" and "left" are the
 * person's own: in a frontal photo the right eye appears on the image's left. Immutable.
 *
 * @param rightEye centre of the person's right eye
 * @param leftEye centre of the person's left eye
 * @param noseTip tip of the nose
 * @param mouth centre of the mouth
 * @param rightEar right ear tragion
 * @param leftEar left ear tragion
 */
public record FaceKeypoints(
        PixelPoint rightEye,
        PixelPoint leftEye,
        PixelPoint noseTip,
        PixelPoint mouth,
        PixelPoint rightEar,
        PixelPoint leftEar) {

    /** Builds the keypoints from BlazeFace's order: right eye, left eye, nose, mouth, right ear, left ear. */
    public static FaceKeypoints inModelOrder(List<PixelPoint> points) {
        if (points.size() != 6) {
            throw new IllegalArgumentException("BlazeFace has 6 keypoints, got " + points.size());
        }
        return new FaceKeypoints(
                points.get(0), points.get(1), points.get(2), points.get(3), points.get(4), points.get(5));
    }

    /** The keypoints in model order. */
    public List<PixelPoint> inModelOrder() {
        return List.of(rightEye, leftEye, noseTip, mouth, rightEar, leftEar);
    }

    /** Distance between the eye centres, in pixels. */
    public double eyeDistance() {
        return rightEye.distanceTo(leftEye);
    }

    /** The same keypoints with every point mapped, e.g. from a tile to the source frame. */
    public FaceKeypoints map(UnaryOperator<PixelPoint> mapping) {
        return inModelOrder(inModelOrder().stream().map(mapping).toList());
    }
}
