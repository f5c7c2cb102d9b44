package org.amparo.core.geo.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.amparo.core.geo.GeoPoint;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * A packed R-tree (JTS STRtree) over the bounding boxes of many zones (thousands), answering which
 * zones lie near a point. Built once; immutable and thread-safe afterwards (the tree is built in the
 * constructor, so queries never mutate it).
 */
public final class ZoneIndex {
    private final STRtree tree;
    private final int size;

    public ZoneIndex(List<? extends Zone> zones) {
        this.tree = new STRtree(Math.max(2, Math.min(16, zones.size())));
        for (Zone zone : zones) {
            tree.insert(zone.envelope(), zone);
        }
        tree.build();
        this.size = zones.size();
    }

    public int size() {
        return size;
    }

    /**
     * Calls {@code visitor} with every zone whose bounding box lies within {@code radiusMeters} of
     * the point: a superset of the zones whose area lies that near, in no particular order.
     */
    public void forEachCandidate(double latitude, double longitude, double radiusMeters, Consumer<Zone> visitor) {
        double dLon = radiusMeters / LocalMetric.metersPerDegreeLongitude(latitude);
        double dLat = radiusMeters / LocalMetric.metersPerDegreeLatitude(latitude);
        Envelope search = new Envelope(longitude - dLon, longitude + dLon, latitude - dLat, latitude + dLat);
        tree.query(search, item -> visitor.accept((Zone) item));
    }

    /** Zones whose signed distance from {@code point} is at most {@code radiusMeters}. */
    public List<Zone> near(GeoPoint point, double radiusMeters) {
        List<Zone> found = new ArrayList<>();
        forEachCandidate(point.latitude(), point.longitude(), radiusMeters, zone -> {
            if (zone.signedDistanceMeters(point.latitude(), point.longitude(), radiusMeters) <= radiusMeters) {
                found.add(zone);
            }
        });
        return found;
    }

    /** Zones that contain {@code point} (boundary included). */
    public List<Zone> containing(GeoPoint point) {
        return near(point, 0);
    }

    /** The minimum signed distance over the candidate zones, or +infinity when none is that near. */
    double minSignedDistanceMeters(double latitude, double longitude, double limitMeters) {
        double[] min = {Double.POSITIVE_INFINITY};
        forEachCandidate(latitude, longitude, limitMeters, zone -> {
            double d = zone.signedDistanceMeters(latitude, longitude, limitMeters);
            if (d < min[0]) {
                min[0] = d;
            }
        });
        return min[0];
    }
}
