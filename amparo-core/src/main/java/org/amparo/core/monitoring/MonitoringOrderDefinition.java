package org.amparo.core.monitoring;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.amparo.core.device.DeviceId;
import org.amparo.core.geo.track.MonitoringOrder;
import org.amparo.core.geo.zone.Zone;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.jspecify.annotations.Nullable;

/**
 * A monitoring order as stored: one subject's device under one authorization, with its rules.
 * Active from {@code createdAt} until its authorization ends. Immutable.
 *
 * @param id identifier
 * @param authorizationId the LOCATION authorization it runs under
 * @param subjectId the one named subject
 * @param deviceId the subject's device, bound to the subject under that authorization
 * @param rules 1..{@value #MAX_RULES} rules with distinct ids
 * @param createdBy who created it
 * @param createdAt when; monitoring (and the silence rule) starts here
 * @param status active or ended
 * @param endedAt when it ended, null while active
 */
public record MonitoringOrderDefinition(
        MonitoringOrderId id,
        AuthorizationId authorizationId,
        SubjectId subjectId,
        DeviceId deviceId,
        List<RuleSpec> rules,
        String createdBy,
        Instant createdAt,
        OrderStatus status,
        @Nullable Instant endedAt) {
    /** Most rules in one order. */
    public static final int MAX_RULES = 20;

    public MonitoringOrderDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(deviceId, "deviceId");
        rules = List.copyOf(rules);
        if (rules.isEmpty() || rules.size() > MAX_RULES) {
            throw new IllegalArgumentException("an order has 1.." + MAX_RULES + " rules");
        }
        Set<String> ids = new HashSet<>();
        for (RuleSpec rule : rules) {
            if (!ids.add(rule.id())) {
                throw new IllegalArgumentException("duplicate rule id " + rule.id());
            }
            if (deviceId.equals(rule.protectedDeviceId())) {
                throw new IllegalArgumentException("keep-apart protects a device other than the subject's");
            }
        }
        if ((status == OrderStatus.ENDED) != (endedAt != null)) {
            throw new IllegalArgumentException("an ended order has an end time, an active one none");
        }
    }

    /** The rule with {@code ruleId}, if the order has one. */
    public java.util.Optional<RuleSpec> rule(String ruleId) {
        return rules.stream().filter(rule -> rule.id().equals(ruleId)).findFirst();
    }

    /** Every zone the rules name, in order of first mention. */
    public Set<ZoneDefId> zoneIds() {
        Set<ZoneDefId> zones = new LinkedHashSet<>();
        rules.forEach(rule -> zones.addAll(rule.zoneIds()));
        return zones;
    }

    /** The engine order; {@code zones} holds every zone of {@link #zoneIds()}. */
    public MonitoringOrder toEngineOrder(Map<ZoneDefId, Zone> zones) {
        return new MonitoringOrder(
                id.toString(),
                deviceId.toString(),
                rules.stream().map(rule -> rule.toRule(zones)).toList(),
                createdAt);
    }

    /** This order, ended at {@code at}. */
    public MonitoringOrderDefinition ended(Instant at) {
        return new MonitoringOrderDefinition(
                id, authorizationId, subjectId, deviceId, rules, createdBy, createdAt, OrderStatus.ENDED, at);
    }
}
