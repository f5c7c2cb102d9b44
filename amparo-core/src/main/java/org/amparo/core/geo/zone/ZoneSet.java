package org.amparo.core.geo.zone;

import java.util.List;
import org.amparo.core.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * The union of some zones, as a rule sees them (home and work; all exclusion zones of an order).
 *
 * <p>Its signed distance is the minimum of the members' signed distances. Outside all members this
 * is the exact distance to the union. Inside, it is exact where members do not overlap and an
 * underestimate of the depth where they do: conservative, it can turn INSIDE into UNCERTAIN but never
 * into OUTSIDE. Sets larger than {@value #INDEX_THRESHOLD} zones are searched through a {@link
 * ZoneIndex}; smaller ones by a plain loop without allocation. Immutable and thread-safe.
 */
public final class ZoneSet {
    static final int INDEX_THRESHOLD = 32;

    private final Zone[] zones;
    private final @Nullable ZoneIndex index;

    private ZoneSet(List<? extends Zone> zones) {
        if (zones.isEmpty()) {
            throw new IllegalArgumentException("a zone set needs at least one zone");
        }
        this.zones = zones.toArray(Zone[]::new);
        this.index = zones.size() > INDEX_THRESHOLD ? new ZoneIndex(zones) : null;
    }

    public static ZoneSet of(List<? extends Zone> zones) {
        return new ZoneSet(zones);
    }

    public List<Zone> zones() {
        return List.of(zones);
    }

    /** Signed distance in metres to the union's boundary, exact up to {@code limitMeters}. */
    public double signedDistanceMeters(double latitude, double longitude, double limitMeters) {
        if (index != null) {
            return index.minSignedDistanceMeters(latitude, longitude, limitMeters);
        }
        double min = Double.POSITIVE_INFINITY;
        for (Zone zone : zones) {
            double d = zone.signedDistanceMeters(latitude, longitude, limitMeters);
            if (d < min) {
                min = d;
            }
        }
        return min;
    }

    /** The exact signed distance in metres from {@code point} to the union's boundary. */
    public double signedDistanceMeters(GeoPoint point) {
        return signedDistanceMeters(point.latitude(), point.longitude(), Double.POSITIVE_INFINITY);
    }
}
