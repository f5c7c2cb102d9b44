package org.amparo.core.alert;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.track.RuleEvent;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.core.monitoring.ProtectedChannel;
import org.amparo.core.monitoring.RuleSpec;
import org.amparo.core.transparency.StatisticKind;

/**
 * The alert lifecycle (CHARTER section 4: the system proposes, a person acts). A rule's breach
 * raises one alert per order and rule (a repeated start while one is open raises nothing); the rule
 * being satisfied again resolves it; an alert nobody acknowledged within the timeout is escalated.
 * Operators and supervisors read, acknowledge and resolve. Every change is audited in its own
 * transaction, and every raised alert is counted for the transparency report. Thread-safe.
 */
public final class AlertService {
    /** The note of alerts resolved by the rule itself. */
    public static final String AUTO_RESOLUTION = "resolved when the rule is satisfied again";

    private static final Actor SYSTEM = Actor.system();
    private static final int ESCALATION_BATCH = 500;

    private final AlertPorts p;

    public AlertService(AlertPorts ports) {
        this.p = ports;
    }

    /**
     * Applies one engine event: a breach start raises, a breach end resolves; presence transitions
     * change nothing. Answers the alert that changed, if any. Events of unknown orders are ignored.
     */
    public Optional<Alert> onRuleEvent(RuleEvent event) {
        return switch (event) {
            case RuleEvent.BreachStarted started -> p.tx().inTransaction(() -> raise(started));
            case RuleEvent.BreachEnded ended -> p.tx().inTransaction(() -> autoResolve(ended));
            case RuleEvent.Entered e -> Optional.empty();
            case RuleEvent.Exited e -> Optional.empty();
        };
    }

    private Optional<Alert> raise(RuleEvent.BreachStarted event) {
        MonitoringOrderId orderId = MonitoringOrderId.parse(event.orderId());
        Optional<MonitoringOrderDefinition> order = p.orders().find(orderId);
        if (order.isEmpty() || p.alerts().findOpen(orderId, event.ruleId()).isPresent()) {
            return Optional.empty();
        }
        MonitoringOrderDefinition o = order.get();
        Alert alert = Alert.raised(
                new AlertId(p.ids().next()),
                AlertType.of(event.kind()),
                orderId,
                event.ruleId(),
                o.subjectId(),
                o.authorizationId(),
                event.at(),
                event.fix() == null ? null : event.fix().position());
        p.alerts().insert(alert);
        Instant now = p.clock().instant();
        p.audit()
                .append(AuditRecord.by(SYSTEM, now)
                        .authorization(o.authorizationId())
                        .detail("raised type=" + alert.type() + " order=" + orderId + " rule=" + event.ruleId())
                        .success(AuditAction.CREATE, AuditObjectType.ALERT, alert.id()));
        p.statistics().record(StatisticKind.ALERT, alert.type().name(), now);
        publish(alert, o, now);
        return Optional.of(alert);
    }

    private Optional<Alert> autoResolve(RuleEvent.BreachEnded event) {
        MonitoringOrderId orderId = MonitoringOrderId.parse(event.orderId());
        Optional<Alert> open = p.alerts().findOpen(orderId, event.ruleId());
        if (open.isEmpty()) {
            return Optional.empty();
        }
        Instant now = p.clock().instant();
        Alert resolved = open.get().resolved(Alert.SYSTEM, now, AUTO_RESOLUTION);
        p.alerts().update(resolved);
        p.audit()
                .append(AuditRecord.by(SYSTEM, now)
                        .authorization(resolved.authorizationId())
                        .detail(AUTO_RESOLUTION)
                        .success(AuditAction.UPDATE, AuditObjectType.ALERT, resolved.id()));
        publish(resolved, now);
        return Optional.of(resolved);
    }

    /** An operator or supervisor acknowledges a raised or escalated alert. */
    public Outcome<Alert> acknowledge(Actor actor, AlertId id) {
        return decide(actor, id, "acknowledged", alert -> {
            if (alert.status() != AlertStatus.RAISED && alert.status() != AlertStatus.ESCALATED) {
                return new Outcome.Conflict<>("the alert is " + alert.status());
            }
            return new Outcome.Done<>(
                    alert.acknowledged(actor.username(), p.clock().instant()));
        });
    }

    /** An operator or supervisor resolves an open alert with a note saying why. */
    public Outcome<Alert> resolve(Actor actor, AlertId id, String note) {
        String trimmed = note.strip();
        return decide(actor, id, "resolved", alert -> {
            if (trimmed.isEmpty() || trimmed.length() > Alert.MAX_NOTE) {
                return Outcome.invalid("note", "a resolution needs a note of 1.." + Alert.MAX_NOTE + " characters");
            }
            if (!alert.status().open()) {
                return new Outcome.Conflict<>("the alert is already resolved");
            }
            return new Outcome.Done<>(alert.resolved(actor.username(), p.clock().instant(), trimmed));
        });
    }

    private Outcome<Alert> decide(
            Actor actor, AlertId id, String what, java.util.function.Function<Alert, Outcome<Alert>> change) {
        Instant now = p.clock().instant();
        Outcome<Alert> outcome = handles(actor)
                ? p.tx().inTransaction(() -> {
                    Optional<Alert> found = p.alerts().find(id);
                    if (found.isEmpty()) {
                        return new Outcome.NotFound<>("alert " + id);
                    }
                    Outcome<Alert> changed = change.apply(found.get());
                    if (changed instanceof Outcome.Done<Alert>(Alert alert)) {
                        p.alerts().update(alert);
                        p.audit()
                                .append(AuditRecord.by(actor, now)
                                        .authorization(alert.authorizationId())
                                        .detail(what)
                                        .success(AuditAction.UPDATE, AuditObjectType.ALERT, id));
                        publish(alert, now);
                    }
                    return changed;
                })
                : new Outcome.Forbidden<>("only operators and supervisors handle alerts");
        if (!(outcome instanceof Outcome.Done<Alert>)) {
            p.tx().inTransaction(() -> p.audit()
                    .append(AuditRecord.by(actor, now)
                            .detail(what + " refused: " + outcome)
                            .denied(AuditAction.UPDATE, AuditObjectType.ALERT, id)));
        }
        return outcome;
    }

    /** Escalates alerts still unacknowledged {@code ackTimeout} after they were raised. */
    public List<Alert> escalateOverdue(Instant now, Duration ackTimeout) {
        return p.tx().inTransaction(() -> {
            List<Alert> escalated = new ArrayList<>();
            for (Alert alert : p.alerts().raisedUnacknowledgedSince(now.minus(ackTimeout), ESCALATION_BATCH)) {
                Alert next = alert.escalated(now);
                p.alerts().update(next);
                p.audit()
                        .append(AuditRecord.by(SYSTEM, now)
                                .authorization(next.authorizationId())
                                .detail("escalated: not acknowledged within " + ackTimeout)
                                .success(AuditAction.UPDATE, AuditObjectType.ALERT, next.id()));
                publish(next, now);
                escalated.add(next);
            }
            return escalated;
        });
    }

    /** Lists alerts for an operator or supervisor; the read is audited. */
    public Outcome<List<Alert>> list(Actor actor, AlertQuery query) {
        Instant now = p.clock().instant();
        if (!handles(actor)) {
            p.tx().inTransaction(() -> p.audit()
                    .append(AuditRecord.by(actor, now)
                            .detail("list refused")
                            .denied(AuditAction.READ, AuditObjectType.ALERT, "-")));
            return new Outcome.Forbidden<>("only operators and supervisors see alerts");
        }
        return p.tx().inTransaction(() -> {
            List<Alert> found = p.alerts().list(query);
            p.audit()
                    .append(AuditRecord.by(actor, now)
                            .detail("list since=" + query.since() + " type=" + query.type() + " statuses="
                                    + query.statuses() + " returned=" + found.size())
                            .success(AuditAction.READ, AuditObjectType.ALERT, "-"));
            return new Outcome.Done<>(found);
        });
    }

    /** The alerts of one order, newest first (for the order's page); callers audit the order read. */
    public List<Alert> forOrder(MonitoringOrderId order, int limit) {
        return p.tx().inTransaction(() -> p.alerts().forOrder(order, limit));
    }

    private void publish(Alert alert, Instant now) {
        if (alert.type() == AlertType.KEEP_APART_BREACH) {
            p.orders()
                    .find(alert.orderId())
                    .ifPresentOrElse(order -> publish(alert, order, now), () -> notifyAgency(alert, now));
        } else {
            notifyAgency(alert, now);
        }
    }

    private void notifyAgency(Alert alert, Instant now) {
        p.outbox().enqueue(AlertNotice.of(alert, now));
    }

    /**
     * Queues the agency's notice and, for a keep-apart rule with a protected person's channel, the
     * protected person's notice, audited as a disclosure (it tells them the separation changed).
     * Escalation is internal to the centre: the protected person was told when the alert was raised.
     */
    private void publish(Alert alert, MonitoringOrderDefinition order, Instant now) {
        notifyAgency(alert, now);
        Optional<ProtectedChannel> channel = order.rule(alert.ruleId()).map(RuleSpec::protectedChannel);
        if (alert.type() != AlertType.KEEP_APART_BREACH
                || channel.isEmpty()
                || alert.status() == AlertStatus.ESCALATED) {
            return;
        }
        p.outbox().notifyProtected(channel.get(), ProtectedPersonNotice.of(alert, now));
        p.audit()
                .append(AuditRecord.by(SYSTEM, now)
                        .authorization(alert.authorizationId())
                        .detail("protected person notified: status=" + alert.status() + " via "
                                + channel.get().kind())
                        .success(AuditAction.EXPORT, AuditObjectType.ALERT, alert.id()));
    }

    private static boolean handles(Actor actor) {
        return actor.has(Role.OPERATOR) || actor.has(Role.SUPERVISOR);
    }
}
