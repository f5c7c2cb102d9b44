package org.amparo.core.ingest.quality;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * Thresholds of {@link FixFilter}. Immutable.
 *
 * @param futureTolerance how far ahead of the clock a fix time may be (device clocks drift)
 * @param maxAge how far behind the clock a fix time may be (phones buffer fixes while offline)
 * @param earliestPlausible fixes before this instant are dropped whatever {@code maxAge} says
 * @param maxSpeedMetersPerSecond the highest plausible speed implied between two fixes, m/s
 * @param maxAccuracyMeters the largest accepted accuracy radius, metres; fixes without accuracy pass
 * @param historyPerDevice how many accepted fix times are remembered per device for duplicate and speed
 *     checks
 * @param maxDevices how many devices are remembered; the least recently seen is forgotten beyond this
 */
public record FixFilterConfig(
        Duration futureTolerance,
        Duration maxAge,
        Instant earliestPlausible,
        double maxSpeedMetersPerSecond,
        double maxAccuracyMeters,
        int historyPerDevice,
        int maxDevices) {

    /**
     * 5 minutes ahead, 30 days behind, nothing before 2000-01-01, 300 km/h, 1 km accuracy, 64 fixes per
     * device, 100,000 devices.
     */
    public static final FixFilterConfig DEFAULTS = new FixFilterConfig(
            Duration.ofMinutes(5),
            Duration.ofDays(30),
            Instant.parse("2000-01-01T00:00:00Z"),
            300 / 3.6,
            1000,
            64,
            100_000);

    public FixFilterConfig {
        Objects.requireNonNull(earliestPlausible, "earliestPlausible");
        if (futureTolerance.isNegative() || !maxAge.isPositive()) {
            throw new IllegalArgumentException("futureTolerance must be >= 0 and maxAge > 0");
        }
        if (!(maxSpeedMetersPerSecond > 0) || !(maxAccuracyMeters > 0)) {
            throw new IllegalArgumentException("maxSpeedMetersPerSecond and maxAccuracyMeters must be > 0");
        }
        if (historyPerDevice < 2 || maxDevices < 1) {
            throw new IllegalArgumentException("historyPerDevice must be >= 2 and maxDevices >= 1");
        }
    }

    /** This configuration with another speed limit. */
    public FixFilterConfig withMaxSpeedMetersPerSecond(double value) {
        return new FixFilterConfig(
                futureTolerance, maxAge, earliestPlausible, value, maxAccuracyMeters, historyPerDevice, maxDevices);
    }

    /** This configuration with another accuracy limit. */
    public FixFilterConfig withMaxAccuracyMeters(double value) {
        return new FixFilterConfig(
                futureTolerance,
                maxAge,
                earliestPlausible,
                maxSpeedMetersPerSecond,
                value,
                historyPerDevice,
                maxDevices);
    }

    /** This configuration with other memory bounds. */
    public FixFilterConfig withMemory(int history, int devices) {
        return new FixFilterConfig(
                futureTolerance,
                maxAge,
                earliestPlausible,
                maxSpeedMetersPerSecond,
                maxAccuracyMeters,
                history,
                devices);
    }
}
