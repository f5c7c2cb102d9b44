package org.amparo.face.align;

import java.util.List;
import org.amparo.face.detect.FaceKeypoints;
import org.amparo.face.image.PixelPoint;
import org.amparo.face.image.RgbImage;

/**
 * Aligns a detected face to dlib's 150x150 face chip: the least-squares similarity transform
 * that carries the eyes, nose tip and mouth onto dlib's chip positions (eyes (47.549, 46.599) and
 * (100.476, 46.599), nose (74.013, 76.563), mouth (74.013, 105.857), chip pixels), then each chip
 * pixel is sampled bilinearly at its pre-image; outside the frame reads black. Stateless and
 * thread-safe.
 */
public final class FaceAligner {
    /** dlib chip positions of the person's right eye, left eye, nose and mouth, in that order. */
    public static final List<PixelPoint> CHIP_TEMPLATE = List.of(
            new PixelPoint(47.549, 46.599),
            new PixelPoint(100.476, 46.599),
            new PixelPoint(74.013, 76.563),
            new PixelPoint(74.013, 105.857));

    /** Aligns the face with these keypoints in the image. */
    public AlignedFace align(RgbImage image, FaceKeypoints keypoints) {
        List<PixelPoint> source =
                List.of(keypoints.rightEye(), keypoints.leftEye(), keypoints.noseTip(), keypoints.mouth());
        SimilarityTransform sourceToChip = SimilarityTransform.fit(source, CHIP_TEMPLATE);
        SimilarityTransform chipToSource = sourceToChip.inverse();
        int size = AlignedFace.SIZE;
        float[] pixels = new float[size * size * 3];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                PixelPoint at = chipToSource.apply(new PixelPoint(x, y));
                int offset = (y * size + x) * 3;
                for (int c = 0; c < 3; c++) {
                    pixels[offset + c] = image.sample(at.x(), at.y(), c);
                }
            }
        }
        return new AlignedFace(pixels, sourceToChip);
    }
}
