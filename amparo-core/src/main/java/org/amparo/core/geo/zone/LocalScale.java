package org.amparo.core.geo.zone;

/**
 * {@link LocalMetric#distanceMeters} for a caller that measures again and again near the same
 * latitude, such as a keep-apart pair: the metres per degree are computed once and reused while the
 * mid latitude stays within {@value #REUSE_DEGREES} degrees of where they were computed. Over that
 * span the scales change by less than 4e-5 relative below 60 degrees of latitude (1.5 cm at 400 m),
 * far below any accuracy radius; beyond it they are computed anew, so the result never drifts.
 * Mutable and not thread-safe: one per evaluator.
 */
public final class LocalScale {
    /** How far the mid latitude may move before the scales are computed again, in degrees. */
    static final double REUSE_DEGREES = 0.001;

    private double latitude = Double.NaN;
    private double metersPerDegreeLongitude;
    private double metersPerDegreeLatitude;

    /** The distance in metres between two positions in degrees, as {@link LocalMetric#distanceMeters}. */
    public double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double mid = (lat1 + lat2) / 2;
        if (!(Math.abs(mid - latitude) <= REUSE_DEGREES)) {
            latitude = mid;
            metersPerDegreeLongitude = LocalMetric.metersPerDegreeLongitude(mid);
            metersPerDegreeLatitude = LocalMetric.metersPerDegreeLatitude(mid);
        }
        double dx = (lon2 - lon1) * metersPerDegreeLongitude;
        double dy = (lat2 - lat1) * metersPerDegreeLatitude;
        return Math.sqrt(dx * dx + dy * dy);
    }
}
