package org.amparo.core.geo.zone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.GeoPolygon;
import org.junit.jupiter.api.Test;

/** Signed distances of circles and polygons against a reference geodesic, and the fence inequalities. */
class ZoneDistanceTest {
    private static final long SEED = 20251126L;

    @Test
    void circleDistanceAgreesWithTheGeodesicWithinCentimetresAtCityScale() {
        Random random = new Random(SEED);
        for (int i = 0; i < 2000; i++) {
            double lat = -70 + 140 * random.nextDouble();
            double lon = -179 + 358 * random.nextDouble();
            double radius = 50 + 5000 * random.nextDouble();
            CircleZone circle = new CircleZone("c", new GeoPoint(lat, lon), radius);
            double bearing = 2 * Math.PI * random.nextDouble();
            double range = 10_000 * random.nextDouble();
            double pLat = lat + range * Math.cos(bearing) / LocalMetric.metersPerDegreeLatitude(lat);
            double pLon = lon + range * Math.sin(bearing) / LocalMetric.metersPerDegreeLongitude(lat);
            double expected = Vincenty.distanceMeters(lat, lon, pLat, pLon) - radius;
            assertThat(circle.signedDistanceMeters(new GeoPoint(pLat, pLon)))
                    .as("seed %d, case %d at (%f, %f)", SEED, i, lat, lon)
                    .isCloseTo(expected, within(0.05));
        }
    }

    @Test
    void polygonDistanceIsTheDistanceToTheNearestEdgeAndNegativeInside() {
        // A square of about 1 km in Cuenca, Ecuador, with a hole.
        GeoPolygon square = new GeoPolygon(
                List.of(ring(-2.905, -79.010, -2.895, -79.000), ring(-2.9010, -79.0060, -2.8990, -79.0040)));
        AreaZone zone = new AreaZone("sq", GeoArea.of(square));
        double south = -2.905;
        // 100 m north of the southern edge, far from other edges: 100 m inside.
        double pLat = south + 100 / LocalMetric.metersPerDegreeLatitude(south);
        assertThat(zone.signedDistanceMeters(new GeoPoint(pLat, -79.0085)))
                .isCloseTo(-Vincenty.distanceMeters(south, -79.0085, pLat, -79.0085), within(0.01));
        // 100 m south of it: 100 m outside.
        double qLat = south - 100 / LocalMetric.metersPerDegreeLatitude(south);
        assertThat(zone.signedDistanceMeters(new GeoPoint(qLat, -79.0085)))
                .isCloseTo(Vincenty.distanceMeters(south, -79.0085, qLat, -79.0085), within(0.01));
        // In the hole's centre: outside, about 110.6 m from the hole's northern and southern edges.
        assertThat(zone.signedDistanceMeters(new GeoPoint(-2.9, -79.005)))
                .isCloseTo(Vincenty.distanceMeters(-2.9, -79.005, -2.899, -79.005), within(0.01));
        // Beyond the limit only the sign and "farther than the limit" are promised.
        assertThat(zone.signedDistanceMeters(-2.8, -79.0, 50)).isGreaterThan(50);
        assertThat(zone.signedDistanceMeters(-2.9035, -79.0085, 50)).isLessThan(-50);
    }

    @Test
    void overlappingPartsOfAMultipolygonAreDissolved() {
        GeoArea twoSquares = new GeoArea(List.of(
                new GeoPolygon(List.of(ring(0, 0, 0.01, 0.01))),
                new GeoPolygon(List.of(ring(0.005, 0.005, 0.015, 0.015)))));
        AreaZone zone = new AreaZone("u", twoSquares);
        GeoPoint inOverlap = new GeoPoint(0.0075, 0.0075);
        assertThat(twoSquares.contains(inOverlap)).isTrue();
        assertThat(zone.signedDistanceMeters(inOverlap)).isLessThan(-200);
    }

    @Test
    void presenceFollowsTheDocumentedInequalities() {
        assertThat(Presence.classify(-10, 10)).isEqualTo(Presence.INSIDE);
        assertThat(Presence.classify(-9.99, 10)).isEqualTo(Presence.UNCERTAIN);
        assertThat(Presence.classify(10, 10)).isEqualTo(Presence.UNCERTAIN);
        assertThat(Presence.classify(10.01, 10)).isEqualTo(Presence.OUTSIDE);
        assertThat(Presence.classify(0, 0)).isEqualTo(Presence.INSIDE);
        assertThat(Presence.classify(0.001, 0)).isEqualTo(Presence.OUTSIDE);
    }

    @Test
    void zoneSetTakesTheNearestMemberAndUsesAnIndexWhenLarge() {
        Random random = new Random(SEED);
        List<Zone> zones = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) {
            zones.add(new CircleZone(
                    "z" + i,
                    new GeoPoint(random.nextDouble() * 0.5, random.nextDouble() * 0.5),
                    100 + random.nextInt(900)));
        }
        ZoneSet set = ZoneSet.of(zones);
        for (int i = 0; i < 500; i++) {
            GeoPoint p = new GeoPoint(random.nextDouble() * 0.5, random.nextDouble() * 0.5);
            double exact = zones.stream()
                    .mapToDouble(z -> z.signedDistanceMeters(p))
                    .min()
                    .orElseThrow();
            double limit = 200;
            double got = set.signedDistanceMeters(p.latitude(), p.longitude(), limit);
            if (Math.abs(exact) <= limit) {
                assertThat(got).as("case %d", i).isCloseTo(exact, within(1e-9));
            } else {
                assertThat(Math.signum(got)).isEqualTo(Math.signum(exact));
                assertThat(Math.abs(got)).isGreaterThan(limit);
            }
        }
    }

    static List<GeoPoint> ring(double south, double west, double north, double east) {
        return List.of(
                new GeoPoint(south, west),
                new GeoPoint(south, east),
                new GeoPoint(north, east),
                new GeoPoint(north, west),
                new GeoPoint(south, west));
    }
}
