package org.amparo.server.simulator;

import java.util.random.RandomGenerator;
import org.amparo.core.geo.GeoPoint;

/** The three demo cities: a centre, how far patrol waypoints spread from it, and a call-sign letter. */
enum City {
    QUITO("Quito", 'Q', -0.1900, -78.4900, 0.045, 0.035, 0.45),
    GUAYAQUIL("Guayaquil", 'G', -2.1700, -79.9000, 0.040, 0.030, 0.40),
    // Inside the box of the demo authorizations scoped to Cuenca (DemoData.cuenca()).
    CUENCA("Cuenca", 'C', -2.8990, -79.0080, 0.022, 0.035, 0.15);

    private final String label;
    private final char letter;
    private final double lat;
    private final double lon;
    private final double latSpread;
    private final double lonSpread;
    private final double share;

    City(String label, char letter, double lat, double lon, double latSpread, double lonSpread, double share) {
        this.label = label;
        this.letter = letter;
        this.lat = lat;
        this.lon = lon;
        this.latSpread = latSpread;
        this.lonSpread = lonSpread;
        this.share = share;
    }

    String label() {
        return label;
    }

    char letter() {
        return letter;
    }

    GeoPoint centre() {
        return new GeoPoint(lat, lon);
    }

    /** A random point of the city (a waypoint, a caller, a camera). */
    GeoPoint randomPoint(RandomGenerator random) {
        return new GeoPoint(
                lat + (random.nextDouble() * 2 - 1) * latSpread, lon + (random.nextDouble() * 2 - 1) * lonSpread);
    }

    /** A city drawn by its share of calls and units. */
    static City draw(RandomGenerator random) {
        double r = random.nextDouble();
        for (City city : values()) {
            r -= city.share;
            if (r < 0) {
                return city;
            }
        }
        return CUENCA;
    }

    /** The city of the {@code i}-th of many units: shares kept exact rather than random. */
    static City ofIndex(int i) {
        int slot = i % 20;
        return slot < 9 ? QUITO : slot < 17 ? GUAYAQUIL : CUENCA;
    }
}
