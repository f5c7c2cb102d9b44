package org.amparo.core.monitoring;

import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.zone.AreaZone;
import org.amparo.core.geo.zone.CircleZone;
import org.amparo.core.geo.zone.Zone;

/** The geometry of a zone: a circle in metres around a point, or polygons. Immutable. */
public sealed interface ZoneShape {
    /** The engine zone of this shape under {@code id}. */
    Zone toZone(String id);

    /**
     * A circle.
     *
     * @param centre the centre
     * @param radiusMeters radius in metres, in (0, 1000 km]
     */
    record Circle(GeoPoint centre, double radiusMeters) implements ZoneShape {
        public Circle {
            if (!(radiusMeters > 0 && radiusMeters <= 1_000_000)) {
                throw new IllegalArgumentException("radius must be in (0, 1000 km]: " + radiusMeters);
            }
        }

        @Override
        public Zone toZone(String id) {
            return new CircleZone(id, centre, radiusMeters);
        }
    }

    /** A polygon or multipolygon (GeoJSON). */
    record Area(GeoArea area) implements ZoneShape {
        @Override
        public Zone toZone(String id) {
            return new AreaZone(id, area);
        }
    }
}
