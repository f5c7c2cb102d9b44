package org.amparo.core.geo;

import java.util.List;

/**
 * A polygon as GeoJSON describes it: an exterior ring followed by optional holes, each ring closed
 * (first point equals last) with at least four points. Immutable.
 *
 * @param rings exterior ring first, then holes
 */
public record GeoPolygon(List<List<GeoPoint>> rings) {
    public GeoPolygon {
        if (rings.isEmpty()) {
            throw new IllegalArgumentException("a polygon needs an exterior ring");
        }
        for (List<GeoPoint> ring : rings) {
            if (ring.size() < 4) {
                throw new IllegalArgumentException("a polygon ring needs at least 4 positions, got " + ring.size());
            }
            if (!ring.getFirst().equals(ring.getLast())) {
                throw new IllegalArgumentException("a polygon ring must be closed (first position equals last)");
            }
        }
        rings = rings.stream().map(List::copyOf).toList();
    }
}
