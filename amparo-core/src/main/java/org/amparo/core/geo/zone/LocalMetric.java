package org.amparo.core.geo.zone;

/**
 * Metres per degree on the WGS 84 ellipsoid at a latitude, and short distances computed on the
 * local equirectangular (east, north) plane at the mid latitude of two points.
 *
 * <p>The plane uses the ellipsoid's meridional radius of curvature (north) and prime-vertical radius
 * (east), so distances up to tens of kilometres agree with the geodesic to millimetres; it never adds
 * metres to degrees. Stateless and thread-safe.
 */
public final class LocalMetric {
    /** WGS 84 semi-major axis in metres. */
    static final double SEMI_MAJOR_AXIS_METERS = 6_378_137.0;

    private static final double FLATTENING = 1 / 298.257223563;
    static final double E2 = FLATTENING * (2 - FLATTENING);
    private static final double RADIANS_PER_DEGREE = Math.PI / 180;

    private LocalMetric() {}

    /** Metres per degree of latitude (northward) at {@code latitudeDegrees}. */
    public static double metersPerDegreeLatitude(double latitudeDegrees) {
        double s = Math.sin(latitudeDegrees * RADIANS_PER_DEGREE);
        double w = 1 - E2 * s * s;
        return SEMI_MAJOR_AXIS_METERS * (1 - E2) / (w * Math.sqrt(w)) * RADIANS_PER_DEGREE;
    }

    /** Metres per degree of longitude (eastward) at {@code latitudeDegrees}. */
    public static double metersPerDegreeLongitude(double latitudeDegrees) {
        double phi = latitudeDegrees * RADIANS_PER_DEGREE;
        double s = Math.sin(phi);
        return SEMI_MAJOR_AXIS_METERS / Math.sqrt(1 - E2 * s * s) * Math.cos(phi) * RADIANS_PER_DEGREE;
    }

    /**
     * The distance in metres between two positions given in degrees, on the local plane at their mid
     * latitude. Accurate to millimetres up to about 10 km, to metres up to a few hundred kilometres;
     * use it for city-scale questions only.
     */
    public static double distanceMeters(double lat1, double lon1, double lat2, double lon2) {
        double mid = (lat1 + lat2) / 2;
        double dx = (lon2 - lon1) * metersPerDegreeLongitude(mid);
        double dy = (lat2 - lat1) * metersPerDegreeLatitude(mid);
        return Math.sqrt(dx * dx + dy * dy);
    }
}
