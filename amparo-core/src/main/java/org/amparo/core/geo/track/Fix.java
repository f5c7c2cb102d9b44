package org.amparo.core.geo.track;

import java.time.Instant;
import org.amparo.core.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * One position report of a device, as the rule engine consumes it (decoded and quality-filtered
 * upstream). Immutable.
 *
 * @param deviceId the reporting device's identifier
 * @param at when the device measured the position (the device's time, not the arrival time)
 * @param position where
 * @param accuracyMeters radius of the accuracy circle in metres (about 68 % confidence), finite, >= 0
 * @param batteryPercent battery level in [0, 100] when the device reported one, else null
 */
public record Fix(
        String deviceId,
        Instant at,
        GeoPoint position,
        double accuracyMeters,
        @Nullable Double batteryPercent) {
    public Fix {
        if (deviceId.isBlank()) {
            throw new IllegalArgumentException("a fix names its device");
        }
        if (!(accuracyMeters >= 0 && accuracyMeters < 1_000_000)) {
            throw new IllegalArgumentException("accuracy must be finite and not negative: " + accuracyMeters);
        }
        if (batteryPercent != null && !(batteryPercent >= 0 && batteryPercent <= 100)) {
            throw new IllegalArgumentException("battery must be in [0, 100]: " + batteryPercent);
        }
    }

    /** A fix without a battery level. */
    public Fix(String deviceId, Instant at, GeoPoint position, double accuracyMeters) {
        this(deviceId, at, position, accuracyMeters, null);
    }
}
