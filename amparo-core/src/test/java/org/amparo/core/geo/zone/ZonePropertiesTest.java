package org.amparo.core.geo.zone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.GeoPolygon;

/** Laws of zones: sign agrees with containment, rotation changes nothing, the index finds all. */
class ZonePropertiesTest {

    /** A star-shaped (hence simple) city-scale ring around a centre, and probe offsets. */
    record Star(double lat, double lon, List<Integer> angles, List<Double> radii, List<double[]> probes) {
        List<GeoPoint> open() {
            List<GeoPoint> ring = new ArrayList<>();
            for (int i = 0; i < angles.size(); i++) {
                double a = Math.toRadians(angles.get(i));
                ring.add(new GeoPoint(lat + radii.get(i) * Math.sin(a), lon + radii.get(i) * Math.cos(a)));
            }
            return ring;
        }

        List<GeoPoint> probePoints() {
            return probes.stream()
                    .map(o -> new GeoPoint(lat + o[0], lon + o[1]))
                    .toList();
        }
    }

    @Property(tries = 150)
    void signOfTheDistanceAgreesWithContainmentAwayFromTheBoundary(@ForAll("stars") Star star) {
        GeoArea area = GeoArea.of(new GeoPolygon(List.of(closed(star.open()))));
        AreaZone zone = new AreaZone("p", area);
        for (GeoPoint probe : star.probePoints()) {
            double d = zone.signedDistanceMeters(probe);
            if (Math.abs(d) > 0.01) {
                assertThat(d < 0).as("%s at %.3f m", probe, d).isEqualTo(area.contains(probe));
            }
        }
    }

    @Property(tries = 100)
    void pointInZoneAndDistanceAreUnchangedByRotatingTheVertices(@ForAll("stars") Star star) {
        List<GeoPoint> open = star.open();
        AreaZone original = new AreaZone("p", GeoArea.of(new GeoPolygon(List.of(closed(open)))));
        for (int k = 1; k < open.size(); k++) {
            List<GeoPoint> rotated = new ArrayList<>(open.subList(k, open.size()));
            rotated.addAll(open.subList(0, k));
            AreaZone turned = new AreaZone("p", GeoArea.of(new GeoPolygon(List.of(closed(rotated)))));
            for (GeoPoint probe : star.probePoints()) {
                double expected = original.signedDistanceMeters(probe);
                double got = turned.signedDistanceMeters(probe);
                assertThat(got)
                        .as("%s rotated by %d", probe, k)
                        .isCloseTo(expected, org.assertj.core.api.Assertions.within(1e-6));
                assertThat(Presence.classify(got, 5)).isEqualTo(Presence.classify(expected, 5));
            }
        }
    }

    @Property(tries = 60)
    void theIndexReturnsWhatExactSearchReturns(@ForAll("stars") Star star, @ForAll("radii") double radius) {
        List<Zone> zones = new ArrayList<>();
        int i = 0;
        for (double[] o : star.probes()) {
            GeoPoint c = new GeoPoint(star.lat() + o[0], star.lon() + o[1]);
            zones.add(new CircleZone("c" + i++, c, 50 + 1000 * Math.abs(o[0] * 100 % 1)));
        }
        zones.add(new AreaZone("star", GeoArea.of(new GeoPolygon(List.of(closed(star.open()))))));
        ZoneIndex index = new ZoneIndex(zones);
        for (GeoPoint probe : star.probePoints()) {
            List<String> exact = zones.stream()
                    .filter(z -> z.signedDistanceMeters(probe) <= radius)
                    .map(Zone::id)
                    .sorted()
                    .toList();
            List<String> found = index.near(probe, radius).stream()
                    .map(Zone::id)
                    .sorted(Comparator.naturalOrder())
                    .toList();
            assertThat(found).isEqualTo(exact);
        }
    }

    @Provide
    Arbitrary<Double> radii() {
        return Arbitraries.doubles().between(0, 3000);
    }

    @Provide
    Arbitrary<Star> stars() {
        Arbitrary<Set<Integer>> angles =
                Arbitraries.integers().between(0, 359).set().ofMinSize(3).ofMaxSize(12);
        Arbitrary<Double> offset = Arbitraries.doubles().between(-0.04, 0.04);
        Arbitrary<List<double[]>> probes = Combinators.combine(offset, offset)
                .as((a, b) -> new double[] {a, b})
                .list()
                .ofSize(25);
        return Combinators.combine(
                        Arbitraries.doubles().between(-60, 60).ofScale(4),
                        Arbitraries.doubles().between(-170, 170).ofScale(4),
                        angles,
                        probes)
                .flatAs((lat, lon, a, p) -> Arbitraries.doubles()
                        .between(0.002, 0.03)
                        .ofScale(5)
                        .list()
                        .ofSize(a.size())
                        .map(r -> new Star(lat, lon, a.stream().sorted().toList(), r, p)));
    }

    private static List<GeoPoint> closed(List<GeoPoint> open) {
        List<GeoPoint> ring = new ArrayList<>(open);
        ring.add(open.getFirst());
        return ring;
    }
}
