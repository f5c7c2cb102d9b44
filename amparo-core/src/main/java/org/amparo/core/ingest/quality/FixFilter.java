package org.amparo.core.ingest.quality;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.DeviceFix;
import org.jspecify.annotations.Nullable;

/**
 * Judges decoded fixes per device, remembering the accepted ones in bounded memory.
 *
 * <p>Checks, in order: zero coordinates, accuracy, future time, implausibly old time, duplicate time,
 * impossible speed. The speed check compares the fix with the accepted fixes just before and just after
 * it in time, after subtracting both accuracy radii from the distance (so jitter of a poor fix is not
 * speed). Out-of-order fixes are <em>not</em> dropped for arriving late: phones buffer while offline and
 * send history later; they are checked against their neighbours in time like any other. When an in-order
 * fix was dropped for speed and the next one is plausible from that dropped fix (but not from the last
 * accepted one), the last accepted fix was the outlier: the next one is accepted, so that one bad anchor
 * cannot freeze a device's track.
 *
 * <p>Memory: at most {@code historyPerDevice} fix times per device and {@code maxDevices} devices (least
 * recently seen forgotten). A duplicate older than the remembered history is not detected here; the store's
 * uniqueness on (device, time) is the last guard.
 *
 * <p>{@link #check} remembers an accepted fix at once. If the caller then fails to store it durably, it must
 * call {@link #retract} so that the device's resend is not dropped as a duplicate. Thread-safe (each call
 * holds the filter's lock; the work is a few map operations).
 */
public final class FixFilter {
    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private final Clock clock;
    private final FixFilterConfig config;
    private final Map<String, DeviceHistory> devices;

    public FixFilter(Clock clock, FixFilterConfig config) {
        this.clock = clock;
        this.config = config;
        this.devices = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, DeviceHistory> eldest) {
                return size() > config.maxDevices();
            }
        };
    }

    /** Judges {@code fix}; an accepted fix is remembered for later duplicate and speed checks. */
    public synchronized FilterVerdict check(DeviceFix fix) {
        FilterVerdict verdict = stateless(fix);
        if (verdict instanceof FilterVerdict.Dropped) {
            return verdict;
        }
        DeviceHistory history = devices.computeIfAbsent(fix.deviceIdentifier(), id -> new DeviceHistory());
        verdict = history.judge(fix);
        if (verdict instanceof FilterVerdict.Accepted) {
            history.remember(fix, config.historyPerDevice());
        }
        return verdict;
    }

    /** Forgets an accepted fix that could not be stored, so that its resend is judged afresh. */
    public synchronized void retract(DeviceFix fix) {
        DeviceHistory history = devices.get(fix.deviceIdentifier());
        if (history != null) {
            history.accepted.remove(fix.at(), new Anchor(fix));
        }
    }

    /** How many devices are remembered now. */
    public synchronized int rememberedDevices() {
        return devices.size();
    }

    private FilterVerdict stateless(DeviceFix fix) {
        GeoPoint p = fix.position();
        if (p.latitude() == 0 && p.longitude() == 0) {
            return new FilterVerdict.Dropped(DropReason.ZERO_COORDINATES, "latitude and longitude are both 0");
        }
        Double accuracy = fix.readings().accuracyMeters();
        if (accuracy != null && accuracy > config.maxAccuracyMeters()) {
            return new FilterVerdict.Dropped(
                    DropReason.POOR_ACCURACY,
                    "accuracy " + accuracy + " m is worse than the limit of " + config.maxAccuracyMeters() + " m");
        }
        Instant now = clock.instant();
        if (fix.at().isAfter(now.plus(config.futureTolerance()))) {
            return new FilterVerdict.Dropped(
                    DropReason.FUTURE_TIME,
                    "time " + fix.at() + " is ahead of the clock " + now + " by more than " + config.futureTolerance());
        }
        if (fix.at().isBefore(config.earliestPlausible())) {
            return new FilterVerdict.Dropped(
                    DropReason.IMPLAUSIBLY_OLD,
                    "time " + fix.at() + " is before the earliest plausible " + config.earliestPlausible());
        }
        if (fix.at().isBefore(now.minus(config.maxAge()))) {
            return new FilterVerdict.Dropped(
                    DropReason.IMPLAUSIBLY_OLD,
                    "time " + fix.at() + " is older than " + config.maxAge() + " at " + now);
        }
        return FilterVerdict.Accepted.INSTANCE;
    }

    /** Where an accepted fix was, and how sure. */
    private record Anchor(Instant at, GeoPoint position, double accuracyMeters) {
        Anchor(DeviceFix fix) {
            this(fix.at(), fix.position(), accuracyOf(fix));
        }

        private static double accuracyOf(DeviceFix fix) {
            Double accuracy = fix.readings().accuracyMeters();
            return accuracy == null ? 0 : accuracy;
        }
    }

    /** The accepted fixes of one device, by time, and its last in-order fix dropped for speed. */
    private final class DeviceHistory {
        private final NavigableMap<Instant, Anchor> accepted = new TreeMap<>();
        private @Nullable Anchor droppedForSpeed;

        FilterVerdict judge(DeviceFix fix) {
            if (accepted.containsKey(fix.at())) {
                return new FilterVerdict.Dropped(DropReason.DUPLICATE, "already have a fix at " + fix.at());
            }
            Anchor candidate = new Anchor(fix);
            Map.Entry<Instant, Anchor> before = accepted.lowerEntry(fix.at());
            Map.Entry<Instant, Anchor> after = accepted.higherEntry(fix.at());
            String tooFast = after == null ? null : tooFast(candidate, after.getValue());
            if (tooFast == null && before != null) {
                tooFast = tooFast(candidate, before.getValue());
                if (tooFast != null && after == null) {
                    return fromNewest(candidate, tooFast);
                }
            }
            return tooFast == null ? accept() : new FilterVerdict.Dropped(DropReason.IMPOSSIBLE_SPEED, tooFast);
        }

        /** The fix is the newest and too fast from the last accepted: maybe that one was the outlier. */
        private FilterVerdict fromNewest(Anchor candidate, String tooFast) {
            Anchor previousDrop = droppedForSpeed;
            if (previousDrop != null
                    && previousDrop.at().isBefore(candidate.at())
                    && tooFast(candidate, previousDrop) == null) {
                return accept();
            }
            droppedForSpeed = candidate;
            return new FilterVerdict.Dropped(DropReason.IMPOSSIBLE_SPEED, tooFast);
        }

        private FilterVerdict accept() {
            droppedForSpeed = null;
            return FilterVerdict.Accepted.INSTANCE;
        }

        void remember(DeviceFix fix, int limit) {
            accepted.put(fix.at(), new Anchor(fix));
            while (accepted.size() > limit) {
                accepted.pollFirstEntry();
            }
        }

        /** A description of the implied speed when it is above the limit, else {@code null}. */
        private @Nullable String tooFast(Anchor a, Anchor b) {
            double seconds = Math.abs(Duration.between(a.at(), b.at()).toNanos()) / 1e9;
            double meters =
                    Math.max(0, distanceMeters(a.position(), b.position()) - a.accuracyMeters() - b.accuracyMeters());
            double speed = meters / seconds;
            if (speed <= config.maxSpeedMetersPerSecond()) {
                return null;
            }
            return String.format(
                    java.util.Locale.ROOT,
                    "%.0f m in %.1f s from the fix at %s implies %.1f m/s, above the limit of %.1f m/s",
                    meters,
                    seconds,
                    b.at(),
                    speed,
                    config.maxSpeedMetersPerSecond());
        }
    }

    /** Great-circle distance on a sphere of the mean Earth radius; error under 0.5 %, ample for a speed check. */
    static double distanceMeters(GeoPoint a, GeoPoint b) {
        double lat1 = Math.toRadians(a.latitude());
        double lat2 = Math.toRadians(b.latitude());
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
