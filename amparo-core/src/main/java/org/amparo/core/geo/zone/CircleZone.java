package org.amparo.core.geo.zone;

import org.amparo.core.geo.GeoPoint;
import org.locationtech.jts.geom.Envelope;

/**
 * A circle on the ellipsoid: all points within {@code radiusMeters} of a centre. The distance from
 * the centre is measured on the local plane at the mid latitude (see {@link LocalMetric}), with the
 * centre's scales precomputed so that a query costs a few multiplications. Immutable, thread-safe.
 */
public final class CircleZone implements Zone {
    private static final double RADIANS_PER_DEGREE = Math.PI / 180;
    /** Beyond this half latitude difference (radians, about 30 km) the scales are computed exactly. */
    private static final double TAYLOR_LIMIT_RADIANS = 0.0025;

    private final String id;
    private final GeoPoint centre;
    private final double radiusMeters;
    private final double lat0;
    private final double lon0;
    private final double kx0;
    private final double ky0;
    private final double kxSlope;
    private final double kySlope;
    private final boolean polar;

    /**
     * @param id the zone's identifier
     * @param centre the centre
     * @param radiusMeters the radius in metres, positive and at most 1000 km
     */
    public CircleZone(String id, GeoPoint centre, double radiusMeters) {
        if (id.isBlank()) {
            throw new IllegalArgumentException("a zone has an id");
        }
        if (!(radiusMeters > 0 && radiusMeters <= 1_000_000)) {
            throw new IllegalArgumentException("radius must be in (0, 1000 km]: " + radiusMeters);
        }
        this.id = id;
        this.centre = centre;
        this.radiusMeters = radiusMeters;
        this.lat0 = centre.latitude();
        this.lon0 = centre.longitude();
        this.kx0 = LocalMetric.metersPerDegreeLongitude(lat0);
        this.ky0 = LocalMetric.metersPerDegreeLatitude(lat0);
        double phi = lat0 * RADIANS_PER_DEGREE;
        double s = Math.sin(phi);
        double c = Math.cos(phi);
        double w = 1 - LocalMetric.E2 * s * s;
        // Relative change per radian of the prime-vertical radius (e2 s c / w), of cos (-tan) and of
        // the meridional radius (3 e2 s c / w): first-order Taylor terms around the centre.
        this.kxSlope = LocalMetric.E2 * s * c / w - Math.tan(phi);
        this.kySlope = 3 * LocalMetric.E2 * s * c / w;
        this.polar = Math.abs(lat0) > 70;
    }

    @Override
    public String id() {
        return id;
    }

    public GeoPoint centre() {
        return centre;
    }

    public double radiusMeters() {
        return radiusMeters;
    }

    @Override
    public double signedDistanceMeters(double latitude, double longitude, double limitMeters) {
        return distanceFromCentreMeters(latitude, longitude) - radiusMeters;
    }

    /** Distance in metres from the centre, on the local plane at the mid latitude. */
    double distanceFromCentreMeters(double latitude, double longitude) {
        double half = (latitude - lat0) * (RADIANS_PER_DEGREE / 2);
        double kx;
        double ky;
        if (!polar && Math.abs(half) < TAYLOR_LIMIT_RADIANS) {
            // Scales at the mid latitude by Taylor expansion around the centre; the neglected terms
            // are below a relative 1e-5 over this span.
            kx = kx0 * (1 + kxSlope * half - half * half / 2);
            ky = ky0 * (1 + kySlope * half);
        } else {
            double mid = (latitude + lat0) / 2;
            kx = LocalMetric.metersPerDegreeLongitude(mid);
            ky = LocalMetric.metersPerDegreeLatitude(mid);
        }
        double dx = (longitude - lon0) * kx;
        double dy = (latitude - lat0) * ky;
        return Math.sqrt(dx * dx + dy * dy);
    }

    @Override
    public Envelope envelope() {
        double dLat = radiusMeters / LocalMetric.metersPerDegreeLatitude(lat0) * 1.01;
        double farLat = Math.min(89.9, Math.abs(lat0) + dLat);
        double dLon = Math.min(180, radiusMeters / LocalMetric.metersPerDegreeLongitude(farLat) * 1.01);
        return new Envelope(lon0 - dLon, lon0 + dLon, lat0 - dLat, lat0 + dLat);
    }

    @Override
    public String toString() {
        return "CircleZone[" + id + ", " + centre + ", " + radiusMeters + " m]";
    }
}
