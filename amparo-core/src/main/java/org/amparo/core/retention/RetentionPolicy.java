package org.amparo.core.retention;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * The maximum age of each data class. Every class has one (its default unless configured); a value
 * below the class's legal minimum, or not positive, cannot be built. Immutable.
 */
public final class RetentionPolicy {
    private final Map<DataClass, Duration> maxAges;

    private RetentionPolicy(Map<DataClass, Duration> maxAges) {
        this.maxAges = maxAges;
    }

    public static RetentionPolicy defaults() {
        return of(Map.of());
    }

    /** The defaults, overridden by {@code overrides}. */
    public static RetentionPolicy of(Map<DataClass, Duration> overrides) {
        Map<DataClass, Duration> all = new EnumMap<>(DataClass.class);
        for (DataClass dataClass : DataClass.values()) {
            Duration age = overrides.getOrDefault(dataClass, dataClass.defaultMaxAge());
            if (age.isNegative() || age.isZero()) {
                throw new IllegalArgumentException("maximum age of " + dataClass + " must be positive");
            }
            if (age.compareTo(dataClass.minimumMaxAge()) < 0) {
                throw new IllegalArgumentException("maximum age of " + dataClass + " must be at least "
                        + dataClass.minimumMaxAge().toDays() + " days, got " + age.toDays());
            }
            all.put(dataClass, age);
        }
        return new RetentionPolicy(Map.copyOf(all));
    }

    public Duration maxAge(DataClass dataClass) {
        return java.util.Objects.requireNonNull(maxAges.get(dataClass));
    }
}
