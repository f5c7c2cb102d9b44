package org.amparo.face.image;

/**
 * A position in an image, in pixels: x to the right, y down, (0,0) the centre of the top-left
 * pixel. Immutable.
 *
 * @param x horizontal position in pixels, finite
 * @param y vertical position in pixels, finite
 */
public record PixelPoint(double x, double y) {
    public PixelPoint {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("pixel coordinates must be finite: " + x + ", " + y);
        }
    }

    /** Euclidean distance to another point, in pixels. */
    public double distanceTo(PixelPoint other) {
        return Math.hypot(x - other.x, y - other.y);
    }
}
