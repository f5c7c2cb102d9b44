package org.amparo.core.geo.zone;

import org.amparo.core.geo.GeoPoint;
import org.locationtech.jts.geom.Envelope;

/**
 * A geofence zone: a region with a boundary, prepared for fast signed-distance queries.
 * Implementations are immutable and thread-safe.
 *
 * <p>Contract of {@link #signedDistanceMeters(double, double, double)}: the distance in metres from
 * the point to the zone's boundary, negative inside and positive outside (zero on the boundary).
 * When the magnitude exceeds {@code limitMeters} the implementation may return any value of the
 * right sign whose magnitude exceeds the limit (typically an infinity); this lets the hot path skip
 * exact work for points far from the boundary.
 */
public sealed interface Zone permits CircleZone, AreaZone {

    /** The zone's identifier, as rules and events name it. */
    String id();

    /** Signed distance in metres, exact up to {@code limitMeters}; see the interface contract. */
    double signedDistanceMeters(double latitude, double longitude, double limitMeters);

    /** The exact signed distance in metres from {@code point} to the boundary, negative inside. */
    default double signedDistanceMeters(GeoPoint point) {
        return signedDistanceMeters(point.latitude(), point.longitude(), Double.POSITIVE_INFINITY);
    }

    /** The zone's bounding box in degrees (x longitude, y latitude); a fresh copy. */
    Envelope envelope();
}
