package org.amparo.face.image;

/**
 * An axis-aligned rectangle in image pixels (same axes as {@link PixelPoint}); it may extend past
 * the image border when the face does. Immutable.
 *
 * @param left smallest x
 * @param top smallest y
 * @param right largest x, not less than {@code left}
 * @param bottom largest y, not less than {@code top}
 */
public record PixelBox(double left, double top, double right, double bottom) {
    public PixelBox {
        if (!(Double.isFinite(left) && Double.isFinite(top) && Double.isFinite(right) && Double.isFinite(bottom))) {
            throw new IllegalArgumentException("box coordinates must be finite");
        }
        if (right < left || bottom < top) {
            throw new IllegalArgumentException(
                    "box corners out of order: " + left + "," + top + " " + right + "," + bottom);
        }
    }

    /** Width in pixels. */
    public double width() {
        return right - left;
    }

    /** Height in pixels. */
    public double height() {
        return bottom - top;
    }

    /** Area in square pixels. */
    public double area() {
        return width() * height();
    }

    /** Intersection over union with another box, in [0,1]; 0 when either box is empty. */
    public double iou(PixelBox other) {
        double w = Math.min(right, other.right) - Math.max(left, other.left);
        double h = Math.min(bottom, other.bottom) - Math.max(top, other.top);
        if (w <= 0 || h <= 0) {
            return 0;
        }
        double intersection = w * h;
        return intersection / (area() + other.area() - intersection);
    }
}
