package org.amparo.core.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceBinding;
import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.track.MonitoringOrder;
import org.amparo.core.geo.zone.Zone;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.DataSubjectCategory;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.Subject;
import org.jspecify.annotations.Nullable;

/**
 * Zones and monitoring orders (CHARTER sections 1 and 2: one named subject under one LOCATION
 * authorization). An order is created only by an investigator or supervisor, under an authorization
 * in effect for a monitoring purpose that names the subject, for a device bound to that subject
 * under that authorization; a keep-apart rule protects a device bound to a different person, a
 * victim, under an electronic-monitoring authorization of their own. Every creation and every
 * refusal is audited; successes in the transaction of the change. Orders end when their
 * authorization ends. Thread-safe.
 */
public final class MonitoringService {
    /** Purposes under which a subject's location may be monitored against rules. */
    public static final Set<Purpose> PURPOSES =
            EnumSet.of(Purpose.ELECTRONIC_MONITORING_ORDER, Purpose.VICTIM_OR_MISSING_PERSON_SEARCH);

    private static final Actor SYSTEM = Actor.system();

    private final MonitoringPorts p;
    private final OrderListener listener;

    public MonitoringService(MonitoringPorts ports, OrderListener listener) {
        this.p = ports;
        this.listener = listener;
    }

    /** Defines a zone; investigators and supervisors only. */
    public Outcome<ZoneDefinition> createZone(Actor actor, String name, ZoneShape shape) {
        Instant now = p.clock().instant();
        String trimmed = name.strip();
        @Nullable Outcome<ZoneDefinition> refusal = null;
        if (!manages(actor)) {
            refusal = new Outcome.Forbidden<>("only investigators and supervisors define zones");
        } else if (trimmed.isEmpty() || trimmed.length() > ZoneDefinition.MAX_NAME) {
            refusal = Outcome.invalid("name", "1.." + ZoneDefinition.MAX_NAME + " characters");
        }
        if (refusal != null) {
            deny(actor, now, AuditAction.CREATE, AuditObjectType.ZONE, "-", null, refusal);
            return refusal;
        }
        ZoneDefinition zone = new ZoneDefinition(new ZoneDefId(p.ids().next()), trimmed, shape, actor.username(), now);
        return p.tx().inTransaction(() -> {
            p.zones().insert(zone);
            p.audit()
                    .append(AuditRecord.by(actor, now)
                            .detail("shape=" + zone.shape().getClass().getSimpleName())
                            .success(AuditAction.CREATE, AuditObjectType.ZONE, zone.id()));
            return new Outcome.Done<>(zone);
        });
    }

    /** Reads a zone; investigators, supervisors and operators. */
    public Outcome<ZoneDefinition> zone(Actor actor, ZoneDefId id) {
        if (!manages(actor) && !actor.has(Role.OPERATOR)) {
            return new Outcome.Forbidden<>("your roles cannot read zones");
        }
        return p.tx().inTransaction(() -> p.zones().find(id))
                .<Outcome<ZoneDefinition>>map(Outcome.Done::new)
                .orElseGet(() -> new Outcome.NotFound<>("zone " + id));
    }

    /** Creates an order and, after commit, hands it to the listener (the geofence runtime). */
    public Outcome<MonitoringOrderDefinition> create(Actor actor, NewMonitoringOrder request) {
        Instant now = p.clock().instant();
        Map<ZoneDefId, Zone> zones = new HashMap<>();
        Outcome<MonitoringOrderDefinition> outcome = manages(actor)
                ? p.tx().inTransaction(() -> createChecked(actor, request, now, zones))
                : new Outcome.Forbidden<>("only investigators and supervisors create monitoring orders");
        if (outcome instanceof Outcome.Done<MonitoringOrderDefinition>(MonitoringOrderDefinition order)) {
            listener.started(order, order.toEngineOrder(zones));
        } else {
            deny(
                    actor,
                    now,
                    AuditAction.CREATE,
                    AuditObjectType.MONITORING_ORDER,
                    "-",
                    request.authorizationId(),
                    outcome);
        }
        return outcome;
    }

    private Outcome<MonitoringOrderDefinition> createChecked(
            Actor actor, NewMonitoringOrder request, Instant now, Map<ZoneDefId, Zone> zones) {
        if (request.rules().isEmpty() || request.rules().size() > MonitoringOrderDefinition.MAX_RULES) {
            return Outcome.invalid("rules", "1.." + MonitoringOrderDefinition.MAX_RULES + " rules");
        }
        @Nullable Outcome<MonitoringOrderDefinition> refused = checkAuthorizationAndDevice(request, now);
        if (refused != null) {
            return refused;
        }
        for (int i = 0; i < request.rules().size(); i++) {
            RuleSpec rule = request.rules().get(i);
            for (ZoneDefId zoneId : rule.zoneIds()) {
                Optional<ZoneDefinition> zone = p.zones().find(zoneId);
                if (zone.isEmpty()) {
                    return new Outcome.NotFound<>("zone " + zoneId);
                }
                zones.put(zoneId, zone.get().toZone());
            }
            if (rule.protectedDeviceId() != null) {
                refused = checkProtected(request, rule, now);
                if (refused != null) {
                    return refused;
                }
            }
        }
        MonitoringOrderDefinition order;
        try {
            order = new MonitoringOrderDefinition(
                    new MonitoringOrderId(p.ids().next()),
                    request.authorizationId(),
                    request.subjectId(),
                    request.deviceId(),
                    request.rules(),
                    actor.username(),
                    now,
                    OrderStatus.ACTIVE,
                    null);
        } catch (IllegalArgumentException e) {
            return Outcome.invalid("rules", String.valueOf(e.getMessage()));
        }
        p.orders().insert(order);
        p.audit()
                .append(AuditRecord.by(actor, now)
                        .authorization(order.authorizationId())
                        .detail("subject=" + order.subjectId() + " device=" + order.deviceId() + " rules="
                                + order.rules().stream()
                                        .map(r -> r.type().name())
                                        .toList())
                        .success(AuditAction.CREATE, AuditObjectType.MONITORING_ORDER, order.id()));
        return new Outcome.Done<>(order);
    }

    private @Nullable Outcome<MonitoringOrderDefinition> checkAuthorizationAndDevice(
            NewMonitoringOrder request, Instant now) {
        Optional<Authorization> found = p.authorizations().find(request.authorizationId());
        if (found.isEmpty()) {
            return new Outcome.NotFound<>("authorization " + request.authorizationId());
        }
        Authorization a = found.get();
        if (!a.subjectId().equals(request.subjectId())) {
            return new Outcome.Forbidden<>("the authorization does not name this subject");
        }
        if (!a.scope().dataKinds().contains(DataKind.LOCATION)) {
            return new Outcome.Forbidden<>("the authorization does not cover LOCATION");
        }
        if (!PURPOSES.contains(a.purpose())) {
            return new Outcome.Forbidden<>("monitoring orders serve " + PURPOSES + ", not " + a.purpose());
        }
        if (!a.inEffectAt(now)) {
            return new Outcome.Conflict<>("the authorization is not in effect");
        }
        Optional<Device> device = p.devices().find(request.deviceId());
        if (device.isEmpty()) {
            return new Outcome.NotFound<>("device " + request.deviceId());
        }
        Optional<DeviceBinding> binding = p.devices().bindingAt(request.deviceId(), now);
        if (binding.isEmpty()
                || !binding.get().subjectId().equals(request.subjectId())
                || !binding.get().authorizationId().equals(request.authorizationId())) {
            return new Outcome.Forbidden<>("the device is not bound to this subject under this authorization");
        }
        return null;
    }

    /** The protected person's device: bound to someone else, a victim under their own order. */
    private @Nullable Outcome<MonitoringOrderDefinition> checkProtected(
            NewMonitoringOrder request, RuleSpec rule, Instant now) {
        var deviceId = rule.protectedDeviceId();
        if (deviceId == null || p.devices().find(deviceId).isEmpty()) {
            return new Outcome.NotFound<>("protected device " + deviceId);
        }
        Optional<DeviceBinding> binding = p.devices().bindingAt(deviceId, now);
        if (binding.isEmpty() || binding.get().subjectId().equals(request.subjectId())) {
            return new Outcome.Forbidden<>("the protected device is not bound to a different person");
        }
        Optional<Authorization> own = p.authorizations().find(binding.get().authorizationId());
        Optional<Subject> victim = p.subjects().find(binding.get().subjectId());
        if (own.isEmpty()
                || !own.get().inEffectAt(now)
                || own.get().purpose() != Purpose.ELECTRONIC_MONITORING_ORDER
                || victim.isEmpty()
                || victim.get().category() != DataSubjectCategory.VICTIM) {
            return new Outcome.Forbidden<>(
                    "the protected device needs a victim's own electronic-monitoring authorization in effect");
        }
        return null;
    }

    /** Reads an order; investigators, supervisors and operators; audited. */
    public Outcome<MonitoringOrderDefinition> order(Actor actor, MonitoringOrderId id) {
        Instant now = p.clock().instant();
        if (!manages(actor) && !actor.has(Role.OPERATOR)) {
            Outcome<MonitoringOrderDefinition> refusal = new Outcome.Forbidden<>("your roles cannot read orders");
            deny(actor, now, AuditAction.READ, AuditObjectType.MONITORING_ORDER, id, null, refusal);
            return refusal;
        }
        return p.tx().inTransaction(() -> {
            Optional<MonitoringOrderDefinition> found = p.orders().find(id);
            if (found.isEmpty()) {
                return new Outcome.NotFound<>("monitoring order " + id);
            }
            p.audit()
                    .append(AuditRecord.by(actor, now)
                            .authorization(found.get().authorizationId())
                            .success(AuditAction.READ, AuditObjectType.MONITORING_ORDER, id));
            return new Outcome.Done<>(found.get());
        });
    }

    /** Every active order with its engine form, for the runtime's start. */
    public List<Map.Entry<MonitoringOrderDefinition, MonitoringOrder>> activeOrders() {
        return p.tx().inTransaction(() -> {
            List<Map.Entry<MonitoringOrderDefinition, MonitoringOrder>> out = new ArrayList<>();
            Map<ZoneDefId, Zone> cache = new HashMap<>();
            for (MonitoringOrderDefinition order : p.orders().active()) {
                for (ZoneDefId zoneId : order.zoneIds()) {
                    if (!cache.containsKey(zoneId)) {
                        p.zones().find(zoneId).ifPresent(z -> cache.put(zoneId, z.toZone()));
                    }
                }
                out.add(Map.entry(order, order.toEngineOrder(cache)));
            }
            return out;
        });
    }

    /**
     * Ends every active order under an authorization that ended (rejected, revoked, expired), audited
     * as the system; the listener is told after commit. Answers how many ended.
     */
    public int authorizationEnded(AuthorizationId authorization) {
        Instant now = p.clock().instant();
        List<MonitoringOrderId> ended = p.tx().inTransaction(() -> {
            List<MonitoringOrderId> ids = new ArrayList<>();
            for (MonitoringOrderDefinition order : p.orders().activeUnder(authorization)) {
                if (p.orders().end(order.id(), now)) {
                    ids.add(order.id());
                    p.audit()
                            .append(AuditRecord.by(SYSTEM, now)
                                    .authorization(authorization)
                                    .detail("authorization ended")
                                    .success(AuditAction.UPDATE, AuditObjectType.MONITORING_ORDER, order.id()));
                }
            }
            return ids;
        });
        ended.forEach(listener::ended);
        return ended.size();
    }

    private static boolean manages(Actor actor) {
        return actor.has(Role.INVESTIGATOR) || actor.has(Role.SUPERVISOR);
    }

    private void deny(
            Actor actor,
            Instant now,
            AuditAction action,
            AuditObjectType type,
            Object objectId,
            @Nullable AuthorizationId authorization,
            Outcome<?> refusal) {
        p.tx().inTransaction(() -> p.audit()
                .append(AuditRecord.by(actor, now)
                        .authorization(authorization)
                        .detail("refused: " + refusal)
                        .denied(action, type, objectId)));
    }
}
