package org.amparo.face.image;

/**
 * Resamples a square region of an image to a square float raster (row-major HWC, RGB), as
 * detectors take it. Downscaling by more than 1.5 averages a grid of bilinear samples over each
 * output pixel's footprint, so large frames do not alias. Stateless and thread-safe.
 */
public final class SquareResampler {
    private SquareResampler() {}

    /**
     * Resamples a square window (it may extend past the image, which reads as black) to {@code size
     * x size} pixels, {@code value * scale + offset} per channel, row-major HWC.
     */
    public static float[] resample(RgbImage image, SquareRegion region, int size, Scaling scaling) {
        float[] out = new float[size * size * 3];
        double left = region.left();
        double top = region.top();
        double step = region.side() / size;
        int taps = step > 1.5 ? (int) Math.ceil(step) : 1;
        for (int row = 0; row < size; row++) {
            for (int col = 0; col < size; col++) {
                int at = (row * size + col) * 3;
                for (int c = 0; c < 3; c++) {
                    double sum = 0;
                    for (int ty = 0; ty < taps; ty++) {
                        double y = top + (row + (ty + 0.5) / taps) * step - 0.5;
                        for (int tx = 0; tx < taps; tx++) {
                            sum += image.sample(left + (col + (tx + 0.5) / taps) * step - 0.5, y, c);
                        }
                    }
                    out[at + c] = (float) (sum / (taps * taps) * scaling.scale() + scaling.offset());
                }
            }
        }
        return out;
    }

    /**
     * How 0..255 pixel values become model inputs: {@code value * scale + offset}.
     *
     * @param scale multiplier
     * @param offset added after scaling
     */
    public record Scaling(double scale, double offset) {
        /** BlazeFace's x / 127.5 - 1. */
        public static final Scaling MINUS_ONE_TO_ONE = new Scaling(1 / 127.5, -1);
    }
}
