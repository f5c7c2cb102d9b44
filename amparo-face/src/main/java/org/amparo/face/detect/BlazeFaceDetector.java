package org.amparo.face.detect;

import java.util.ArrayList;
import java.util.List;
import org.amparo.face.image.RgbImage;
import org.amparo.face.image.SquareRegion;
import org.amparo.face.image.SquareResampler;
import org.amparo.face.model.FaceModel;
import org.amparo.face.model.FaceModelSession;

/**
 * Finds faces with MediaPipe BlazeFace (256x256, {@link FaceModel#BLAZEFACE}). The frame is padded
 * to a centred square and resampled to 256x256 with pixels scaled to [-1,1]; anchors scoring above
 * {@link DetectorOptions#minScore()} are decoded and suppressed at {@link DetectorOptions#maxIou()}.
 * A frame much larger than {@link DetectorOptions#tileSidePixels()} is also searched in overlapping
 * square tiles (a quarter of a tile overlaps its neighbour), since faces under about 7 % of the
 * searched side are missed; all candidates go through one suppression. Results are in source pixels.
 *
 * <p>Thread-safe: concurrent calls share the ONNX Runtime session. Keeps nothing about the images it
 * sees. Close it once, when no call is in flight.
 */
public final class BlazeFaceDetector implements AutoCloseable {
    private static final List<String> OUTPUTS = List.of("Identity", "Identity_1", "Identity_2", "Identity_3");
    private static final long[] INPUT_SHAPE = {1, BlazeFaceAnchors.INPUT_SIZE, BlazeFaceAnchors.INPUT_SIZE, 3};

    private final FaceModelSession session;
    private final DetectorOptions options;

    private BlazeFaceDetector(FaceModelSession session, DetectorOptions options) {
        this.session = session;
        this.options = options;
    }

    /** Opens the detector's own ONNX Runtime session. */
    public static BlazeFaceDetector open(DetectorOptions options) {
        return new BlazeFaceDetector(FaceModelSession.open(FaceModel.BLAZEFACE), options);
    }

    /** The settings this detector runs with. */
    public DetectorOptions options() {
        return options;
    }

    /** All faces in the image, best score first; empty when there is none. */
    public List<Detection> detect(RgbImage image) {
        List<Detection> candidates = new ArrayList<>();
        for (SquareRegion region : searchRegions(image)) {
            candidates.addAll(detectIn(image, region));
        }
        return NonMaxSuppression.apply(candidates, options.maxIou());
    }

    /** The squares searched in an image: the whole frame, then the tiles when it is large. */
    List<SquareRegion> searchRegions(RgbImage image) {
        List<SquareRegion> regions = new ArrayList<>();
        regions.add(SquareRegion.centredOn(image));
        int tile = options.tileSidePixels();
        if (tile > 0 && Math.max(image.width(), image.height()) > tile * 3 / 2) {
            for (double top : tileStarts(image.height(), tile)) {
                for (double left : tileStarts(image.width(), tile)) {
                    regions.add(new SquareRegion(left, top, tile));
                }
            }
        }
        return regions;
    }

    private static List<Double> tileStarts(int length, int tile) {
        if (length <= tile) {
            return List.of((length - tile) / 2.0);
        }
        int count = (int) Math.ceil((length - tile) / (tile * 0.75)) + 1;
        double step = (double) (length - tile) / (count - 1);
        List<Double> starts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            starts.add(i * step);
        }
        return starts;
    }

    private List<Detection> detectIn(RgbImage image, SquareRegion region) {
        float[] input = SquareResampler.resample(
                image, region, BlazeFaceAnchors.INPUT_SIZE, SquareResampler.Scaling.MINUS_ONE_TO_ONE);
        List<float[]> outputs = session.run(input, INPUT_SHAPE, OUTPUTS);
        return NonMaxSuppression.apply(BlazeFaceDecoder.decode(outputs, region, options.minScore()), options.maxIou());
    }

    @Override
    public void close() {
        session.close();
    }
}
