package org.amparo.face.image;

/**
 * A square window on an image, in source pixels; it may extend past the image border (padding).
 * Maps positions of a {@code size x size} resampled copy back to source pixels. Immutable.
 *
 * @param left x of the window's left edge
 * @param top y of the window's top edge
 * @param side side length in pixels, positive
 */
public record SquareRegion(double left, double top, double side) {
    public SquareRegion {
        if (!(Double.isFinite(left) && Double.isFinite(top) && side > 0 && Double.isFinite(side))) {
            throw new IllegalArgumentException("invalid square " + left + "," + top + " side " + side);
        }
    }

    /** The image padded to a centred square: the longer side, the shorter one centred in it. */
    public static SquareRegion centredOn(RgbImage image) {
        int side = Math.max(image.width(), image.height());
        return new SquareRegion((image.width() - side) / 2.0, (image.height() - side) / 2.0, side);
    }

    /** Source position of a position given in a {@code size x size} copy's edge coordinates. */
    public PixelPoint toSource(double x, double y, int size) {
        return new PixelPoint(left + x * side / size - 0.5, top + y * side / size - 0.5);
    }
}
