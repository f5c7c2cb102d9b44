package org.amparo.face.detect;

import java.util.ArrayList;
import java.util.List;
import org.amparo.face.image.PixelBox;
import org.amparo.face.image.PixelPoint;
import org.amparo.face.image.SquareRegion;

/**
 * Turns BlazeFace's raw outputs into detections in source pixels: sigmoid of each anchor's logit,
 * box = anchor centre + (dx, dy) with size (w, h), keypoint k = anchor + (dx_k, dy_k), all in the
 * 256-pixel input, then mapped through the searched square. Stateless and thread-safe.
 */
final class BlazeFaceDecoder {
    private static final int REGRESSORS = 16;

    private BlazeFaceDecoder() {}

    /**
     * @param outputs the model's outputs in the order scores 16x16, scores 8x8, regressors 16x16,
     *     regressors 8x8
     * @param region the square of the source image that was resampled to the input
     * @param minScore keep anchors scoring above this
     */
    static List<Detection> decode(List<float[]> outputs, SquareRegion region, double minScore) {
        List<Detection> detections = new ArrayList<>();
        for (int anchor = 0; anchor < BlazeFaceAnchors.COUNT; anchor++) {
            boolean fine = anchor < BlazeFaceAnchors.FINE;
            int index = fine ? anchor : anchor - BlazeFaceAnchors.FINE;
            double score = sigmoid(outputs.get(fine ? 0 : 1)[index]);
            if (score > minScore) {
                float[] regressors = outputs.get(fine ? 2 : 3);
                detections.add(detection(regressors, index * REGRESSORS, anchor, region, score));
            }
        }
        return detections;
    }

    private static Detection detection(float[] r, int at, int anchor, SquareRegion region, double score) {
        double ax = BlazeFaceAnchors.x(anchor);
        double ay = BlazeFaceAnchors.y(anchor);
        int size = BlazeFaceAnchors.INPUT_SIZE;
        double cx = ax + r[at];
        double cy = ay + r[at + 1];
        double halfW = Math.abs(r[at + 2]) / 2;
        double halfH = Math.abs(r[at + 3]) / 2;
        PixelPoint topLeft = region.toSource(cx - halfW, cy - halfH, size);
        PixelPoint bottomRight = region.toSource(cx + halfW, cy + halfH, size);
        PixelBox box = new PixelBox(topLeft.x(), topLeft.y(), bottomRight.x(), bottomRight.y());
        List<PixelPoint> points = new ArrayList<>(6);
        for (int k = 0; k < 6; k++) {
            points.add(region.toSource(ax + r[at + 4 + 2 * k], ay + r[at + 5 + 2 * k], size));
        }
        return new Detection(box, FaceKeypoints.inModelOrder(points), Math.min(score, 1.0));
    }

    private static double sigmoid(float logit) {
        return 1 / (1 + Math.exp(-logit));
    }
}
