package org.amparo.face.align;

/**
 * A face resampled to dlib's 150x150 chip: RGB values 0..255, row-major HWC, and the transform that
 * maps source pixels to chip pixels. Immutable: the pixels are copied in and out.
 */
public final class AlignedFace {
    /** Chip side in pixels. */
    public static final int SIZE = 150;

    private final float[] pixels;
    private final SimilarityTransform sourceToChip;

    /**
     * @param pixels {@code 150 * 150 * 3} values in 0..255
     * @param sourceToChip maps source-image pixels to chip pixels
     */
    public AlignedFace(float[] pixels, SimilarityTransform sourceToChip) {
        if (pixels.length != SIZE * SIZE * 3) {
            throw new IllegalArgumentException("a chip has " + SIZE * SIZE * 3 + " values, got " + pixels.length);
        }
        this.pixels = pixels.clone();
        this.sourceToChip = sourceToChip;
    }

    /** A copy of the chip's values, row-major HWC RGB, 0..255. */
    public float[] pixels() {
        return pixels.clone();
    }

    /** Copies the chip's values into {@code target} from {@code offset}, e.g. to build a batch. */
    public void copyInto(float[] target, int offset) {
        System.arraycopy(pixels, 0, target, offset, pixels.length);
    }

    /** One channel (0 red, 1 green, 2 blue) of one chip pixel, 0..255. */
    public float value(int x, int y, int channel) {
        return pixels[(y * SIZE + x) * 3 + channel];
    }

    /** Source-image pixels to chip pixels. */
    public SimilarityTransform sourceToChip() {
        return sourceToChip;
    }
}
