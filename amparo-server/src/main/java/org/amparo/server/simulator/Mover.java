package org.amparo.server.simulator;

import org.amparo.core.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * Something that moves in a straight line toward a target: a unit, a person. A step covers the simulated
 * distance ({@code speed × simulated seconds}) but never more than {@link #MAX_REAL_SPEED_MPS} per real
 * second, so that fixes stamped with real time stay plausible to the ingest's speed filter whatever the
 * simulation speed. Thread-safe: the tick moves it while the simulated colleagues may redirect it.
 */
final class Mover {
    /** Real-time speed cap, 80 km/h: well under the ingest's 300 km/h plausibility limit. */
    static final double MAX_REAL_SPEED_MPS = 80 / 3.6;

    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private GeoPoint position;
    private @Nullable GeoPoint target;
    private double speedMps;

    Mover(GeoPoint position) {
        this.position = position;
    }

    synchronized GeoPoint position() {
        return position;
    }

    /** Heads for {@code to} at {@code metersPerSecond} of simulated time. */
    synchronized void head(GeoPoint to, double metersPerSecond) {
        this.target = to;
        this.speedMps = metersPerSecond;
    }

    /** Whether the target is reached (or there is none). */
    synchronized boolean arrived() {
        return target == null;
    }

    /**
     * Moves for {@code simSeconds} of simulated time that took {@code realSeconds} of real time; returns the
     * metres covered.
     */
    synchronized double advance(double simSeconds, double realSeconds) {
        GeoPoint to = target;
        if (to == null || simSeconds <= 0) {
            return 0;
        }
        double step = Math.min(speedMps * simSeconds, MAX_REAL_SPEED_MPS * Math.max(0, realSeconds));
        double left = distanceMeters(position, to);
        if (step >= left) {
            position = to;
            target = null;
            return left;
        }
        double f = step / left;
        position = new GeoPoint(
                position.latitude() + (to.latitude() - position.latitude()) * f,
                position.longitude() + (to.longitude() - position.longitude()) * f);
        return step;
    }

    /** Great-circle distance, metres. */
    static double distanceMeters(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a.latitude()))
                        * Math.cos(Math.toRadians(b.latitude()))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }

    /** The point {@code meters} from {@code from} toward {@code bearingDegrees} (flat-earth, fine for a city). */
    static GeoPoint offset(GeoPoint from, double meters, double bearingDegrees) {
        double b = Math.toRadians(bearingDegrees);
        double dLat = meters * Math.cos(b) / 111_320.0;
        double dLon = meters * Math.sin(b) / (111_320.0 * Math.cos(Math.toRadians(from.latitude())));
        return new GeoPoint(from.latitude() + dLat, from.longitude() + dLon);
    }
}
