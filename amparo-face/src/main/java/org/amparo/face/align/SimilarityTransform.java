package org.amparo.face.align;

import java.util.List;
import org.amparo.face.image.PixelPoint;

/**
 * A 2-D similarity transform (rotation, uniform scale, translation, no reflection):
 * {@code x' = a x - b y + tx}, {@code y' = b x + a y + ty}. Immutable.
 *
 * @param a scale times cosine of the rotation
 * @param b scale times sine of the rotation
 * @param tx horizontal translation in target pixels
 * @param ty vertical translation in target pixels
 */
public record SimilarityTransform(double a, double b, double tx, double ty) {
    public SimilarityTransform {
        if (!(Double.isFinite(a) && Double.isFinite(b) && Double.isFinite(tx) && Double.isFinite(ty))) {
            throw new IllegalArgumentException("transform coefficients must be finite");
        }
        if (a == 0 && b == 0) {
            throw new IllegalArgumentException("a similarity transform cannot have scale 0");
        }
    }

    /**
     * The least-squares similarity mapping {@code from} onto {@code to} (pairs in order): the
     * closed form of minimising the summed squared distances.
     *
     * @throws IllegalArgumentException when fewer than two pairs are given or the source points
     *     coincide
     */
    public static SimilarityTransform fit(List<PixelPoint> from, List<PixelPoint> to) {
        if (from.size() != to.size() || from.size() < 2) {
            throw new IllegalArgumentException("need at least two point pairs");
        }
        int n = from.size();
        double fx = 0, fy = 0, gx = 0, gy = 0;
        for (int i = 0; i < n; i++) {
            fx += from.get(i).x() / n;
            fy += from.get(i).y() / n;
            gx += to.get(i).x() / n;
            gy += to.get(i).y() / n;
        }
        double dot = 0, cross = 0, norm = 0;
        for (int i = 0; i < n; i++) {
            double sx = from.get(i).x() - fx, sy = from.get(i).y() - fy;
            double dx = to.get(i).x() - gx, dy = to.get(i).y() - gy;
            dot += sx * dx + sy * dy;
            cross += sx * dy - sy * dx;
            norm += sx * sx + sy * sy;
        }
        if (norm == 0) {
            throw new IllegalArgumentException("source points coincide");
        }
        double a = dot / norm;
        double b = cross / norm;
        return new SimilarityTransform(a, b, gx - (a * fx - b * fy), gy - (b * fx + a * fy));
    }

    /** Maps a point. */
    public PixelPoint apply(PixelPoint p) {
        return new PixelPoint(a * p.x() - b * p.y() + tx, b * p.x() + a * p.y() + ty);
    }

    /** The inverse transform. */
    public SimilarityTransform inverse() {
        double det = a * a + b * b;
        double ia = a / det;
        double ib = -b / det;
        return new SimilarityTransform(ia, ib, -(ia * tx - ib * ty), -(ib * tx + ia * ty));
    }

    /** The scale factor (target pixels per source pixel). */
    public double scale() {
        return Math.hypot(a, b);
    }
}
