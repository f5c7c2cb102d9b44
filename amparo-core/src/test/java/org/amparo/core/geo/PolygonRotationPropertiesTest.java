package org.amparo.core.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The law "point-in-area is unchanged by rotating a polygon's vertices" (where the ring starts). */
class PolygonRotationPropertiesTest {

    /** A star-shaped (hence simple) ring around a centre, with the probes to test against it. */
    record Star(double centerLat, double centerLon, List<Integer> angles, List<Double> radii) {
        List<GeoPoint> openRing() {
            List<GeoPoint> ring = new ArrayList<>();
            for (int i = 0; i < angles.size(); i++) {
                double a = Math.toRadians(angles.get(i));
                ring.add(new GeoPoint(centerLat + radii.get(i) * Math.sin(a), centerLon + radii.get(i) * Math.cos(a)));
            }
            return ring;
        }
    }

    @Property(tries = 200)
    void pointInAreaIsUnchangedByRotatingTheRing(
            @ForAll("stars") Star star, @ForAll("offsets") List<double[]> offsets) {
        List<GeoPoint> open = star.openRing();
        List<GeoPoint> probes = probes(star, open, offsets);
        GeoArea original = GeoArea.of(new GeoPolygon(List.of(closed(open))));
        for (int k = 1; k < open.size(); k++) {
            List<GeoPoint> rotated = new ArrayList<>(open.subList(k, open.size()));
            rotated.addAll(open.subList(0, k));
            GeoArea turned = GeoArea.of(new GeoPolygon(List.of(closed(rotated))));
            for (GeoPoint probe : probes) {
                assertThat(turned.contains(probe))
                        .as("%s after rotating by %d", probe, k)
                        .isEqualTo(original.contains(probe));
            }
        }
    }

    @Provide
    Arbitrary<Star> stars() {
        Arbitrary<Set<Integer>> angles =
                Arbitraries.integers().between(0, 359).set().ofMinSize(3).ofMaxSize(10);
        return Combinators.combine(
                        Arbitraries.doubles().between(-60, 60).ofScale(4),
                        Arbitraries.doubles().between(-170, 170).ofScale(4),
                        angles)
                .flatAs((lat, lon, a) -> Arbitraries.doubles()
                        .between(0.05, 2)
                        .ofScale(4)
                        .list()
                        .ofSize(a.size())
                        .map(r -> new Star(lat, lon, a.stream().sorted().toList(), r)));
    }

    @Provide
    Arbitrary<List<double[]>> offsets() {
        Arbitrary<Double> d = Arbitraries.doubles().between(-2.5, 2.5);
        return Combinators.combine(d, d)
                .as((a, b) -> new double[] {a, b})
                .list()
                .ofSize(20);
    }

    /** Random points around the centre, plus every vertex and edge midpoint: boundary cases. */
    private static List<GeoPoint> probes(Star star, List<GeoPoint> open, List<double[]> offsets) {
        List<GeoPoint> probes = new ArrayList<>(open);
        for (int i = 0; i < open.size(); i++) {
            GeoPoint a = open.get(i);
            GeoPoint b = open.get((i + 1) % open.size());
            probes.add(new GeoPoint((a.latitude() + b.latitude()) / 2, (a.longitude() + b.longitude()) / 2));
        }
        for (double[] o : offsets) {
            probes.add(new GeoPoint(star.centerLat() + o[0], star.centerLon() + o[1]));
        }
        probes.add(new GeoPoint(star.centerLat(), star.centerLon()));
        return probes;
    }

    private static List<GeoPoint> closed(List<GeoPoint> open) {
        List<GeoPoint> ring = new ArrayList<>(open);
        ring.add(open.getFirst());
        return ring;
    }
}
