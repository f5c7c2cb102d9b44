package org.amparo.bench.geofence;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.amparo.core.geo.GeoArea;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.GeoPolygon;
import org.amparo.core.geo.rule.Dwell;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.rule.Rule;
import org.amparo.core.geo.track.Fix;
import org.amparo.core.geo.track.MonitoringOrder;
import org.amparo.core.geo.zone.AreaZone;
import org.amparo.core.geo.zone.CircleZone;
import org.amparo.core.geo.zone.LocalMetric;
import org.amparo.core.geo.zone.Zone;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * A seeded synthetic city around Quito (latitude -0.25..-0.05, longitude -78.6..-78.4): zones (90 %
 * circles of 100-500 m, 10 % star-shaped polygons of 6-16 vertices and 150-600 m), subjects each
 * ordered to stay within their home zone or home and work zones, the first {@code pairs} of them also
 * kept 300 m apart from a protected device, and a stream of fixes: every device reports once per 30 s
 * round in a shuffled order (times strictly increasing overall, hence per device), 10 m accuracy,
 * subjects random-walking with a pull towards home, protected devices walking freely. The same seed
 * gives the same workload. Immutable after construction.
 */
final class ReplayWorkload {
    static final double MIN_LAT = -0.25;
    static final double MAX_LAT = -0.05;
    static final double MIN_LON = -78.6;
    static final double MAX_LON = -78.4;
    static final double ACCURACY_METERS = 10;
    static final double KEEP_APART_METERS = 300;
    /** Vertices of the polygon the peer uses for a circle zone (inscribed, in degrees). */
    static final int CIRCLE_VERTICES = 32;

    private static final Instant START = Instant.parse("2026-03-02T08:00:00Z");
    private static final long ROUND_NANOS = Duration.ofSeconds(30).toNanos();
    private static final double STEP_SIGMA_METERS = 40;
    private static final double HOME_PULL = 0.05;
    private static final Hysteresis HYSTERESIS = new Hysteresis(10, Dwell.fixes(2));
    private static final GeometryFactory DEGREES = new GeometryFactory();

    /** The sizes and the seed. */
    record Spec(int zones, int subjects, int pairs, int fixes, long seed) {
        Spec {
            if (zones < 2 || subjects < 1 || pairs < 0 || pairs > subjects || fixes < 1) {
                throw new IllegalArgumentException("bad workload spec " + this);
            }
        }
    }

    final Spec spec;
    /** The zones as the engine sees them, and the same zones as JTS polygons in degrees for the peer. */
    final List<Zone> zones = new ArrayList<>();

    final List<Polygon> shapes = new ArrayList<>();
    /** Per subject, the indexes of its stay-within zones (home, then work when it has one). */
    final int[][] subjectZones;

    final List<MonitoringOrder> orders = new ArrayList<>();
    final Fix[] fixes;
    /** Device ids: subjects first ({@code subjects}), then the protected devices ({@code pairs}). */
    final String[] deviceIds;

    private final double[] zoneLat;
    private final double[] zoneLon;
    private final double[] zoneRadius;

    ReplayWorkload(Spec spec) {
        this.spec = spec;
        SplittableRandom random = new SplittableRandom(spec.seed());
        zoneLat = new double[spec.zones()];
        zoneLon = new double[spec.zones()];
        zoneRadius = new double[spec.zones()];
        for (int z = 0; z < spec.zones(); z++) {
            addZone(z, random);
        }
        int devices = spec.subjects() + spec.pairs();
        deviceIds = new String[devices];
        subjectZones = new int[spec.subjects()][];
        for (int s = 0; s < spec.subjects(); s++) {
            deviceIds[s] = String.format(Locale.ROOT, "subject-%06d", s);
            addOrder(s, random);
        }
        for (int p = 0; p < spec.pairs(); p++) {
            deviceIds[spec.subjects() + p] = String.format(Locale.ROOT, "protected-%06d", p);
        }
        fixes = walk(random);
    }

    private void addZone(int z, SplittableRandom random) {
        double lat = random.nextDouble(MIN_LAT + 0.01, MAX_LAT - 0.01);
        double lon = random.nextDouble(MIN_LON + 0.01, MAX_LON - 0.01);
        double ky = LocalMetric.metersPerDegreeLatitude(lat);
        double kx = LocalMetric.metersPerDegreeLongitude(lat);
        String id = "zone-" + z;
        Coordinate[] ring;
        if (z % 10 == 9) {
            int vertices = random.nextInt(6, 17);
            double radius = random.nextDouble(150, 600);
            ring = new Coordinate[vertices + 1];
            for (int v = 0; v < vertices; v++) {
                double angle = (v + random.nextDouble(0.1, 0.9)) * 2 * Math.PI / vertices;
                double r = radius * random.nextDouble(0.6, 1.0);
                ring[v] = new Coordinate(lon + r * Math.cos(angle) / kx, lat + r * Math.sin(angle) / ky);
            }
            ring[vertices] = ring[0];
            List<GeoPoint> points = new ArrayList<>();
            for (Coordinate c : ring) {
                points.add(new GeoPoint(c.y, c.x));
            }
            zones.add(new AreaZone(id, GeoArea.of(new GeoPolygon(List.of(points)))));
            zoneRadius[z] = radius * 0.8;
        } else {
            double radius = random.nextDouble(100, 500);
            zones.add(new CircleZone(id, new GeoPoint(lat, lon), radius));
            ring = new Coordinate[CIRCLE_VERTICES + 1];
            for (int v = 0; v < CIRCLE_VERTICES; v++) {
                double angle = v * 2 * Math.PI / CIRCLE_VERTICES;
                ring[v] = new Coordinate(lon + radius * Math.cos(angle) / kx, lat + radius * Math.sin(angle) / ky);
            }
            ring[CIRCLE_VERTICES] = ring[0];
            zoneRadius[z] = radius;
        }
        shapes.add(DEGREES.createPolygon(ring));
        zoneLat[z] = lat;
        zoneLon[z] = lon;
    }

    private void addOrder(int s, SplittableRandom random) {
        int home = random.nextInt(spec.zones());
        int work = random.nextInt(spec.zones());
        subjectZones[s] = random.nextBoolean() && work != home ? new int[] {home, work} : new int[] {home};
        List<Zone> ruleZones = new ArrayList<>();
        for (int z : subjectZones[s]) {
            ruleZones.add(zones.get(z));
        }
        List<Rule> rules = new ArrayList<>();
        rules.add(new Rule.StayWithin("stay-within", ruleZones, HYSTERESIS));
        if (s < spec.pairs()) {
            rules.add(new Rule.KeepApart(
                    "keep-apart",
                    String.format(Locale.ROOT, "protected-%06d", s),
                    KEEP_APART_METERS,
                    Duration.ofMinutes(2),
                    HYSTERESIS));
        }
        orders.add(new MonitoringOrder("order-" + s, deviceIds[s], rules, START));
    }

    /** The fixes of all devices, round by round, each round in a fresh shuffled device order. */
    private Fix[] walk(SplittableRandom random) {
        int devices = deviceIds.length;
        double[] lat = new double[devices];
        double[] lon = new double[devices];
        double[] homeLat = new double[devices];
        double[] homeLon = new double[devices];
        for (int d = 0; d < devices; d++) {
            boolean subject = d < spec.subjects();
            int home = subject ? subjectZones[d][0] : subjectZones[d - spec.subjects()][0];
            double spread = subject ? 1.2 * zoneRadius[home] : 800;
            if (!subject && (d - spec.subjects()) % 2 == 1) {
                homeLat[d] = random.nextDouble(MIN_LAT, MAX_LAT);
                homeLon[d] = random.nextDouble(MIN_LON, MAX_LON);
            } else {
                double r = spread * Math.sqrt(random.nextDouble());
                double angle = random.nextDouble(2 * Math.PI);
                homeLat[d] = zoneLat[home] + r * Math.sin(angle) / LocalMetric.metersPerDegreeLatitude(zoneLat[home]);
                homeLon[d] = zoneLon[home] + r * Math.cos(angle) / LocalMetric.metersPerDegreeLongitude(zoneLat[home]);
            }
            lat[d] = homeLat[d];
            lon[d] = homeLon[d];
        }
        Fix[] out = new Fix[spec.fixes()];
        int[] order = new int[devices];
        for (int d = 0; d < devices; d++) {
            order[d] = d;
        }
        double ky = LocalMetric.metersPerDegreeLatitude((MIN_LAT + MAX_LAT) / 2);
        double kx = LocalMetric.metersPerDegreeLongitude((MIN_LAT + MAX_LAT) / 2);
        long slotNanos = ROUND_NANOS / devices;
        for (int i = 0, round = 0; i < out.length; round++) {
            shuffle(order, random);
            for (int slot = 0; slot < devices && i < out.length; slot++, i++) {
                int d = order[slot];
                double pull = d < spec.subjects() ? HOME_PULL : 0;
                lat[d] = clamp(
                        lat[d] + random.nextGaussian() * STEP_SIGMA_METERS / ky + pull * (homeLat[d] - lat[d]),
                        MIN_LAT,
                        MAX_LAT);
                lon[d] = clamp(
                        lon[d] + random.nextGaussian() * STEP_SIGMA_METERS / kx + pull * (homeLon[d] - lon[d]),
                        MIN_LON,
                        MAX_LON);
                Instant at = START.plusNanos(round * ROUND_NANOS + slot * slotNanos);
                out[i] = new Fix(deviceIds[d], at, new GeoPoint(lat[d], lon[d]), ACCURACY_METERS);
            }
        }
        return out;
    }

    private static void shuffle(int[] values, SplittableRandom random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
