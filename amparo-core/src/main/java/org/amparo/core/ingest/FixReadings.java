package org.amparo.core.ingest;

import org.jspecify.annotations.Nullable;

/**
 * The optional measurements that come with a fix, in SI units; {@code null} means the device did not
 * report it (or reported its "unknown" marker, such as the -1 of Android and iOS). Immutable.
 *
 * @param accuracyMeters horizontal accuracy radius, metres, finite and {@code >= 0}
 * @param speedMetersPerSecond ground speed, metres per second, finite and {@code >= 0}
 * @param bearingDegrees course over ground, degrees clockwise from true north, in {@code [0, 360)}
 * @param altitudeMeters altitude, metres, finite
 * @param batteryPercent battery charge, percent, in {@code [0, 100]}
 * @param hdop horizontal dilution of precision, dimensionless, finite and {@code >= 0}; not a
 *     distance, so it is never turned into {@code accuracyMeters}
 */
public record FixReadings(
        @Nullable Double accuracyMeters,
        @Nullable Double speedMetersPerSecond,
        @Nullable Double bearingDegrees,
        @Nullable Double altitudeMeters,
        @Nullable Double batteryPercent,
        @Nullable Double hdop) {

    /** No measurement at all. */
    public static final FixReadings NONE = new Builder().build();

    public FixReadings {
        requireRange("accuracyMeters", accuracyMeters, 0, Double.MAX_VALUE, true);
        requireRange("speedMetersPerSecond", speedMetersPerSecond, 0, Double.MAX_VALUE, true);
        requireRange("bearingDegrees", bearingDegrees, 0, 360, false);
        requireRange("altitudeMeters", altitudeMeters, -Double.MAX_VALUE, Double.MAX_VALUE, true);
        requireRange("batteryPercent", batteryPercent, 0, 100, true);
        requireRange("hdop", hdop, 0, Double.MAX_VALUE, true);
    }

    /** Starts a builder with every reading absent. */
    public static Builder builder() {
        return new Builder();
    }

    private static void requireRange(String name, @Nullable Double value, double min, double max, boolean maxIncluded) {
        if (value == null) {
            return;
        }
        double v = value;
        boolean ok = v >= min && (maxIncluded ? v <= max : v < max);
        if (!ok) {
            throw new IllegalArgumentException(
                    name + " out of range [" + min + ", " + max + (maxIncluded ? "]" : ")") + ": " + v);
        }
    }

    /** Collects readings; not thread-safe. */
    public static final class Builder {
        private @Nullable Double accuracyMeters;
        private @Nullable Double speedMetersPerSecond;
        private @Nullable Double bearingDegrees;
        private @Nullable Double altitudeMeters;
        private @Nullable Double batteryPercent;
        private @Nullable Double hdop;

        private Builder() {}

        public Builder accuracyMeters(@Nullable Double value) {
            this.accuracyMeters = value;
            return this;
        }

        public Builder speedMetersPerSecond(@Nullable Double value) {
            this.speedMetersPerSecond = value;
            return this;
        }

        public Builder bearingDegrees(@Nullable Double value) {
            this.bearingDegrees = value;
            return this;
        }

        public Builder altitudeMeters(@Nullable Double value) {
            this.altitudeMeters = value;
            return this;
        }

        public Builder batteryPercent(@Nullable Double value) {
            this.batteryPercent = value;
            return this;
        }

        public Builder hdop(@Nullable Double value) {
            this.hdop = value;
            return this;
        }

        /** Builds the readings; throws {@link IllegalArgumentException} when one is out of range. */
        public FixReadings build() {
            return new FixReadings(
                    accuracyMeters, speedMetersPerSecond, bearingDegrees, altitudeMeters, batteryPercent, hdop);
        }
    }
}
