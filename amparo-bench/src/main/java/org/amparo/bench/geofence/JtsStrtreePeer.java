package org.amparo.bench.geofence;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.amparo.core.geo.track.Fix;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * The straightforward peer: the zones as JTS polygons in degrees (circles as inscribed {@value
 * ReplayWorkload#CIRCLE_VERTICES}-gons, at most 0.5 % of the radius inside the true circle), each a
 * {@code PreparedGeometry}, in one STRtree ({@link JtsZoneTree}). Per subject fix it either queries the tree at the point
 * and tests {@code contains} on the candidates that are the subject's zones, or ({@code direct}) tests
 * the subject's 1-2 prepared zones without the tree. Naive state: inside is a plain point-in-polygon
 * test (no accuracy circle, no hysteresis margin, no dwell); an enter or exit is reported on every
 * change after the first observation, a stay-within breach while outside, and a keep-apart breach
 * while the haversine separation is under the distance (the two fixes at most 2 minutes apart, as
 * the engine requires). Late and duplicate fixes of a device are skipped. Not thread-safe: one
 * instance per replay; the {@link JtsZoneTree} is shared and immutable.
 */
final class JtsStrtreePeer {
    private static final long MAX_STALENESS_NANOS = 120_000_000_000L;
    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    /** Per device state; a subject has zones, a pair links subject and protected device. */
    private static final class Device {
        final int[] zones;

        @Nullable
        Device partner;

        boolean subjectOfPair;
        long atNanos = Long.MIN_VALUE;
        double lat;
        double lon;
        /** 0 unknown, 1 inside, 2 outside. */
        byte presence;

        boolean tooClose;

        Device(int[] zones) {
            this.zones = zones;
        }
    }

    private final JtsZoneTree zones;
    private final boolean direct;
    private final GeometryFactory factory = new GeometryFactory();
    private final Map<String, Device> devices = new HashMap<>();
    private final EventCounts counts = new EventCounts();

    JtsStrtreePeer(ReplayWorkload workload, JtsZoneTree zones, boolean direct) {
        this.zones = zones;
        this.direct = direct;
        int subjects = workload.subjectZones.length;
        for (int s = 0; s < subjects; s++) {
            devices.put(workload.deviceIds[s], new Device(workload.subjectZones[s]));
        }
        for (int p = 0; p < workload.spec.pairs(); p++) {
            Device subject = devices.get(workload.deviceIds[p]);
            Device other = new Device(new int[0]);
            if (subject != null) {
                subject.partner = other;
                subject.subjectOfPair = true;
                other.partner = subject;
            }
            devices.put(workload.deviceIds[subjects + p], other);
        }
    }

    EventCounts counts() {
        return counts;
    }

    void accept(Fix fix) {
        Device device = devices.get(fix.deviceId());
        if (device == null) {
            return;
        }
        long at = fix.at().getEpochSecond() * 1_000_000_000L + fix.at().getNano();
        if (at <= device.atNanos) {
            return;
        }
        device.atNanos = at;
        device.lat = fix.position().latitude();
        device.lon = fix.position().longitude();
        if (device.zones.length > 0) {
            presence(device, factory.createPoint(new Coordinate(device.lon, device.lat)));
        }
        Device partner = device.partner;
        if (partner != null) {
            keepApart(device.subjectOfPair ? device : partner, device.subjectOfPair ? partner : device);
        }
    }

    private void presence(Device device, Point point) {
        boolean inside = direct ? containsDirect(device.zones, point) : containsViaTree(device.zones, point);
        byte now = inside ? (byte) 1 : (byte) 2;
        byte before = device.presence;
        device.presence = now;
        if (before == now) {
            return;
        }
        if (before != 0) {
            if (inside) {
                counts.entered++;
            } else {
                counts.exited++;
            }
        }
        if (inside && before == 2) {
            counts.withinBreachEnded++;
        } else if (!inside) {
            counts.withinBreachStarted++;
        }
    }

    private boolean containsDirect(int[] own, Point point) {
        for (int z : own) {
            if (zones.prepared[z].contains(point)) {
                return true;
            }
        }
        return false;
    }

    private boolean containsViaTree(int[] own, Point point) {
        @SuppressWarnings("unchecked")
        List<Integer> candidates = zones.tree.query(new Envelope(point.getCoordinate()));
        for (int c = 0; c < candidates.size(); c++) {
            int z = candidates.get(c);
            for (int mine : own) {
                if (mine == z && zones.prepared[z].contains(point)) {
                    return true;
                }
            }
        }
        return false;
    }

    private void keepApart(Device subject, Device other) {
        if (subject.atNanos == Long.MIN_VALUE
                || other.atNanos == Long.MIN_VALUE
                || Math.abs(subject.atNanos - other.atNanos) > MAX_STALENESS_NANOS) {
            return;
        }
        boolean close =
                haversineMeters(subject.lat, subject.lon, other.lat, other.lon) < ReplayWorkload.KEEP_APART_METERS;
        if (close != subject.tooClose) {
            subject.tooClose = close;
            if (close) {
                counts.apartBreachStarted++;
            } else {
                counts.apartBreachEnded++;
            }
        }
    }

    static double haversineMeters(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(lat1))
                        * Math.cos(Math.toRadians(lat2))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.sqrt(a));
    }
}
