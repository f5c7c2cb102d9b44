package org.amparo.core.geo.track;

import java.time.Instant;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.zone.LocalMetric;

/** Test positions given in metres from a reference point, and fix shorthands. */
final class Places {
    /** Parque Calderón, Cuenca, Ecuador. */
    static final GeoPoint HOME = new GeoPoint(-2.8974, -79.0045);

    private Places() {}

    /** The point {@code meters} from {@code from} at {@code bearingDegrees} (0 north, 90 east). */
    static GeoPoint offset(GeoPoint from, double meters, double bearingDegrees) {
        double b = Math.toRadians(bearingDegrees);
        return new GeoPoint(
                from.latitude() + meters * Math.cos(b) / LocalMetric.metersPerDegreeLatitude(from.latitude()),
                from.longitude() + meters * Math.sin(b) / LocalMetric.metersPerDegreeLongitude(from.latitude()));
    }

    static Fix fix(String device, Instant at, GeoPoint where, double accuracy) {
        return new Fix(device, at, where, accuracy);
    }

    /** A fix {@code meters} north of HOME. */
    static Fix north(String device, Instant at, double meters, double accuracy) {
        return new Fix(device, at, offset(HOME, meters, 0), accuracy);
    }
}
