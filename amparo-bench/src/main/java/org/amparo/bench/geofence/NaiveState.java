package org.amparo.bench.geofence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.amparo.core.geo.track.Fix;

/**
 * The client-side state of the naive peers that ask a database (or a Java reference) whether a fix is
 * inside and whether a pair is too close, with the semantics of {@link JtsStrtreePeer}: late and
 * duplicate fixes of a device are skipped; an enter or exit is counted on every change of the
 * subject's plain point-in-zones answer after its first observation, a stay-within breach starts
 * whenever the subject is seen outside after being inside or unknown and ends when it is seen inside
 * again; a keep-apart breach starts and ends on changes of the pair's too-close answer, asked only when
 * both devices have been seen and their last fixes are at most 2 minutes apart.
 *
 * <p>Deciding what to ask ({@link #observe}, {@link #partnerToCheck}) and applying the answers ({@link
 * #presence}, {@link #separation}) are separate steps, so a batch of fixes can be observed in order,
 * evaluated in one query, and its answers applied afterwards in the same order: the answers never
 * change what is asked. Devices are numbered as {@link ReplayWorkload#deviceIds}: subject {@code s}
 * (with zones) is {@code s}, the protected device of pair {@code p} is {@code subjects + p}. Not
 * thread-safe: one per replay.
 */
final class NaiveState {
    private static final long MAX_STALENESS_NANOS = 120_000_000_000L;

    private final Map<String, Integer> index;
    private final int subjects;
    private final int pairs;
    private final long[] atNanos;
    private final double[] lat;
    private final double[] lon;
    /** Per subject: 0 unknown, 1 inside, 2 outside. */
    private final byte[] presence;
    /** Per pair (indexed by its subject). */
    private final boolean[] tooClose;

    private final EventCounts counts = new EventCounts();

    /**
     * @param index device id to device number, from {@link #deviceIndex}; shared, read only
     */
    NaiveState(ReplayWorkload workload, Map<String, Integer> index) {
        this.index = index;
        this.subjects = workload.spec.subjects();
        this.pairs = workload.spec.pairs();
        int devices = workload.deviceIds.length;
        atNanos = new long[devices];
        Arrays.fill(atNanos, Long.MIN_VALUE);
        lat = new double[devices];
        lon = new double[devices];
        presence = new byte[subjects];
        tooClose = new boolean[pairs];
    }

    /** Device id to device number, for {@link #NaiveState}; build once per workload. */
    static Map<String, Integer> deviceIndex(ReplayWorkload workload) {
        Map<String, Integer> index = new HashMap<>();
        for (int d = 0; d < workload.deviceIds.length; d++) {
            index.put(workload.deviceIds[d], d);
        }
        return index;
    }

    EventCounts counts() {
        return counts;
    }

    /**
     * Records the fix as its device's last position.
     *
     * @return the device number, or -1 when the fix is skipped (unknown device, late or duplicate)
     */
    @SuppressWarnings("JavaInstantGetSecondsGetNano") // seconds and nanos combined, as JtsStrtreePeer does
    int observe(Fix fix) {
        Integer device = index.get(fix.deviceId());
        if (device == null) {
            return -1;
        }
        int d = device;
        long at = fix.at().getEpochSecond() * 1_000_000_000L + fix.at().getNano();
        if (at <= atNanos[d]) {
            return -1;
        }
        atNanos[d] = at;
        lat[d] = fix.position().latitude();
        lon[d] = fix.position().longitude();
        return d;
    }

    /** Whether the device is a subject with stay-within zones (every subject has 1 or 2). */
    boolean hasZones(int device) {
        return device < subjects;
    }

    /** The pair partner whose last position the device's fix is to be compared with, or -1. */
    int partnerToCheck(int device) {
        int partner;
        if (device < subjects) {
            partner = device < pairs ? subjects + device : -1;
        } else {
            partner = device - subjects;
        }
        if (partner < 0 || atNanos[partner] == Long.MIN_VALUE) {
            return -1;
        }
        return Math.abs(atNanos[device] - atNanos[partner]) > MAX_STALENESS_NANOS ? -1 : partner;
    }

    double latitude(int device) {
        return lat[device];
    }

    double longitude(int device) {
        return lon[device];
    }

    /** Applies a subject's point-in-its-zones answer. */
    void presence(int subject, boolean inside) {
        byte now = inside ? (byte) 1 : (byte) 2;
        byte before = presence[subject];
        presence[subject] = now;
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

    /** Applies a pair's too-close answer, asked for a fix of either of its devices. */
    void separation(int device, boolean close) {
        int pair = device < subjects ? device : device - subjects;
        if (close != tooClose[pair]) {
            tooClose[pair] = close;
            if (close) {
                counts.apartBreachStarted++;
            } else {
                counts.apartBreachEnded++;
            }
        }
    }
}
