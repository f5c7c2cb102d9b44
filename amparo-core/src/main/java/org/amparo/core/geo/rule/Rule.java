package org.amparo.core.geo.rule;

import java.time.Duration;
import java.util.List;
import org.amparo.core.geo.zone.Zone;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a monitoring order. Every rule is either satisfied or breached at any moment; the
 * monitor reports the moments a breach starts and ends. Records: immutable, validated on
 * construction.
 */
public sealed interface Rule {

    /** Identifier, unique within its order. */
    String id();

    RuleKind kind();

    /**
     * The subject must be inside the union of {@code zones} (e.g. 300 m circles around home and
     * work), only while {@code schedule} says the rule applies (always when null). Breached while the
     * confirmed presence is outside and the rule applies.
     */
    record StayWithin(
            String id,
            List<Zone> zones,
            Hysteresis hysteresis,
            @Nullable WeeklySchedule schedule) implements Rule {
        public StayWithin {
            requireId(id);
            zones = requireZones(zones);
        }

        public StayWithin(String id, List<Zone> zones, Hysteresis hysteresis) {
            this(id, zones, hysteresis, null);
        }

        @Override
        public RuleKind kind() {
            return RuleKind.STAY_WITHIN;
        }
    }

    /** The subject must be outside every zone. Breached while the confirmed presence is inside. */
    record StayOut(String id, List<Zone> zones, Hysteresis hysteresis) implements Rule {
        public StayOut {
            requireId(id);
            zones = requireZones(zones);
        }

        @Override
        public RuleKind kind() {
            return RuleKind.STAY_OUT;
        }
    }

    /**
     * The subject's device must stay at least {@code distanceMeters} from the protected person's
     * device. A position of the other device is used only when it is at most {@code maxStaleness}
     * older or newer than the fix being evaluated; otherwise the fix is inconclusive. The protected
     * person's position never leaves the monitor.
     */
    record KeepApart(
            String id, String protectedDeviceId, double distanceMeters, Duration maxStaleness, Hysteresis hysteresis)
            implements Rule {
        public KeepApart {
            requireId(id);
            if (protectedDeviceId.isBlank()) {
                throw new IllegalArgumentException("keep-apart names the protected device");
            }
            if (!(distanceMeters > 0 && distanceMeters <= 1_000_000)) {
                throw new IllegalArgumentException("keep-apart distance must be in (0, 1000 km]: " + distanceMeters);
            }
            if (maxStaleness.isNegative()) {
                throw new IllegalArgumentException("staleness must not be negative");
            }
        }

        @Override
        public RuleKind kind() {
            return RuleKind.KEEP_APART;
        }
    }

    /** The subject must be inside {@code place} during the {@code windows}. */
    record Curfew(String id, Zone place, WeeklySchedule windows, Hysteresis hysteresis) implements Rule {
        public Curfew {
            requireId(id);
        }

        @Override
        public RuleKind kind() {
            return RuleKind.CURFEW;
        }
    }

    /**
     * The subject's device must report at least once every {@code maxGap}: breached when the time
     * since the last fix (or since monitoring began) exceeds it, strictly.
     */
    record Silence(String id, Duration maxGap) implements Rule {
        public Silence {
            requireId(id);
            if (maxGap.isNegative() || maxGap.isZero()) {
                throw new IllegalArgumentException("silence gap must be positive");
            }
        }

        @Override
        public RuleKind kind() {
            return RuleKind.SILENCE;
        }
    }

    /**
     * The subject's device must report a battery level of at least {@code thresholdPercent}: breached
     * when a fix reports less, ended when a fix reports at least the threshold plus {@value
     * #RECOVERY_PERCENT} points. Fixes without a battery level change nothing.
     */
    record LowBattery(String id, double thresholdPercent) implements Rule {
        /** Points above the threshold a level must reach to end a low-battery breach. */
        public static final double RECOVERY_PERCENT = 5;

        public LowBattery {
            requireId(id);
            if (!(thresholdPercent > 0 && thresholdPercent < 100)) {
                throw new IllegalArgumentException("battery threshold must be in (0, 100): " + thresholdPercent);
            }
        }

        @Override
        public RuleKind kind() {
            return RuleKind.LOW_BATTERY;
        }
    }

    private static void requireId(String id) {
        if (id.isBlank()) {
            throw new IllegalArgumentException("a rule has an id");
        }
    }

    private static List<Zone> requireZones(List<Zone> zones) {
        if (zones.isEmpty()) {
            throw new IllegalArgumentException("a zone rule needs at least one zone");
        }
        return List.copyOf(zones);
    }
}
