package org.amparo.core.monitoring;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amparo.core.device.DeviceId;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.rule.Rule;
import org.amparo.core.geo.rule.RuleKind;
import org.amparo.core.geo.rule.WeeklySchedule;
import org.amparo.core.geo.zone.Zone;
import org.jspecify.annotations.Nullable;

/**
 * One rule of a monitoring order as requested and stored: zones by id, the protected person by
 * device id. {@link #toRule} turns it into the engine's {@link Rule} once the zones are loaded.
 * The fields a kind does not use are null (or empty); a spec with a missing or foreign field cannot
 * be built. Immutable.
 *
 * @param id unique within the order
 * @param type the kind of rule
 * @param zoneIds STAY_WITHIN and STAY_OUT: at least one; CURFEW: exactly one (the place); else empty
 * @param protectedDeviceId KEEP_APART: the protected person's device; else null
 * @param distanceMeters KEEP_APART: the minimum separation in metres, (0, 1000 km]; else null
 * @param maxGap SILENCE: the longest allowed gap between fixes; else null
 * @param thresholdPercent LOW_BATTERY: the lowest allowed battery level, (0, 100); else null
 * @param hysteresis margin and dwell of the distance rules ({@link Hysteresis#NONE} for the others)
 * @param schedule STAY_WITHIN: optional; CURFEW: required; else null
 * @param protectedChannel KEEP_APART: optional, where the protected person is told of the rule's
 *     alerts; else null
 */
public record RuleSpec(
        String id,
        RuleKind type,
        List<ZoneDefId> zoneIds,
        @Nullable DeviceId protectedDeviceId,
        @Nullable Double distanceMeters,
        @Nullable Duration maxGap,
        @Nullable Double thresholdPercent,
        Hysteresis hysteresis,
        @Nullable WeeklySchedule schedule,
        @Nullable ProtectedChannel protectedChannel) {

    /** How old the protected device's last position may be for a keep-apart decision. */
    public static final Duration KEEP_APART_STALENESS = Duration.ofMinutes(5);

    /** Most zones one rule may name. */
    public static final int MAX_ZONES = 50;

    public RuleSpec {
        if (id.isBlank() || id.length() > 16) {
            throw new IllegalArgumentException("a rule id has 1..16 characters");
        }
        zoneIds = List.copyOf(zoneIds);
        boolean zoneRule = type == RuleKind.STAY_WITHIN || type == RuleKind.STAY_OUT || type == RuleKind.CURFEW;
        require(type, zoneRule == !zoneIds.isEmpty(), zoneRule ? "names at least one zone" : "names no zones");
        require(type, zoneIds.size() <= MAX_ZONES, "names at most " + MAX_ZONES + " zones");
        require(type, type != RuleKind.CURFEW || zoneIds.size() == 1, "names exactly one place");
        require(
                type,
                (type == RuleKind.KEEP_APART) == (protectedDeviceId != null && distanceMeters != null),
                type == RuleKind.KEEP_APART
                        ? "needs protectedDeviceId and distanceMeters"
                        : "takes no protectedDeviceId or distanceMeters");
        require(
                type,
                distanceMeters == null || (distanceMeters > 0 && distanceMeters <= 1_000_000),
                "distanceMeters must be in (0, 1000000]");
        require(
                type,
                (type == RuleKind.SILENCE) == (maxGap != null),
                type == RuleKind.SILENCE ? "needs maxGap" : "takes no maxGap");
        require(type, maxGap == null || (!maxGap.isNegative() && !maxGap.isZero()), "maxGap must be positive");
        require(
                type,
                (type == RuleKind.LOW_BATTERY) == (thresholdPercent != null),
                type == RuleKind.LOW_BATTERY ? "needs thresholdPercent" : "takes no thresholdPercent");
        require(
                type,
                thresholdPercent == null || (thresholdPercent > 0 && thresholdPercent < 100),
                "thresholdPercent must be in (0, 100)");
        require(type, type != RuleKind.CURFEW || schedule != null, "needs a schedule");
        require(
                type,
                schedule == null || type == RuleKind.STAY_WITHIN || type == RuleKind.CURFEW,
                "takes no schedule (only STAY_WITHIN and CURFEW do)");
        require(
                type,
                protectedChannel == null || type == RuleKind.KEEP_APART,
                "takes no protectedChannel (only KEEP_APART does)");
    }

    /** A rule without a protected person's channel. */
    public RuleSpec(
            String id,
            RuleKind type,
            List<ZoneDefId> zoneIds,
            @Nullable DeviceId protectedDeviceId,
            @Nullable Double distanceMeters,
            @Nullable Duration maxGap,
            @Nullable Double thresholdPercent,
            Hysteresis hysteresis,
            @Nullable WeeklySchedule schedule) {
        this(
                id,
                type,
                zoneIds,
                protectedDeviceId,
                distanceMeters,
                maxGap,
                thresholdPercent,
                hysteresis,
                schedule,
                null);
    }

    private static void require(RuleKind type, boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(type + " " + message);
        }
    }

    /** The engine rule; {@code zones} holds at least every zone this spec names. */
    public Rule toRule(Map<ZoneDefId, Zone> zones) {
        List<Zone> resolved = new ArrayList<>();
        for (ZoneDefId zoneId : zoneIds) {
            Zone zone = zones.get(zoneId);
            if (zone == null) {
                throw new IllegalArgumentException("zone " + zoneId + " was not loaded");
            }
            resolved.add(zone);
        }
        return switch (type) {
            case STAY_WITHIN -> new Rule.StayWithin(id, resolved, hysteresis, schedule);
            case STAY_OUT -> new Rule.StayOut(id, resolved, hysteresis);
            case CURFEW -> new Rule.Curfew(id, resolved.getFirst(), required(schedule), hysteresis);
            case KEEP_APART ->
                new Rule.KeepApart(
                        id,
                        required(protectedDeviceId).toString(),
                        required(distanceMeters),
                        KEEP_APART_STALENESS,
                        hysteresis);
            case SILENCE -> new Rule.Silence(id, required(maxGap));
            case LOW_BATTERY -> new Rule.LowBattery(id, required(thresholdPercent));
        };
    }

    private static <T> T required(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("checked at construction");
        }
        return value;
    }
}
