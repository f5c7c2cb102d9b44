package org.amparo.core.legal;

import java.time.Clock;
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
import org.amparo.core.transparency.StatisticKind;

/**
 * The lifecycle of authorizations (CHARTER section 1): request, decision by a different person who
 * holds the approver role, revocation, and the automatic end by expiry or by an urgent request left
 * undecided. Every change and every refusal is audited in the same transaction; lifecycle events go
 * to the listener after commit. Thread-safe.
 */
public final class AuthorizationService {
    private final AuthorizationPorts ports;

    public AuthorizationService(AuthorizationPorts ports) {
        this.ports = ports;
    }

    /** Records a request by an investigator; an urgent one is in effect at once until its deadline. */
    public Outcome<Authorization> request(Actor actor, AuthorizationRequest request) {
        Instant now = ports.clock().instant();
        if (!actor.has(Role.INVESTIGATOR)) {
            return deny(actor, AuditAction.REQUEST, "-", "only an investigator requests authorizations");
        }
        Optional<Subject> subject =
                ports.tx().inTransaction(() -> ports.subjects().find(request.subjectId()));
        if (subject.isEmpty()) {
            return denyInvalid(
                    actor,
                    AuditAction.REQUEST,
                    "-",
                    "subjectId",
                    "no subject " + request.subjectId() + ": an authorization names one existing individual");
        }
        List<Outcome.Violation> violations = request.violations(subject.get().category(), now);
        if (!violations.isEmpty()) {
            ports.tx().inTransaction(() -> ports.audit()
                    .append(AuditRecord.by(actor, now)
                            .detail(describe(violations))
                            .denied(AuditAction.REQUEST, AuditObjectType.AUTHORIZATION, "-")));
            return new Outcome.Invalid<>(violations);
        }
        Authorization created = new Authorization(
                new AuthorizationId(ports.ids().next()),
                request.subjectId(),
                request.purpose(),
                request.mode(),
                request.offence(),
                new Scope(request.areas(), request.cameraIds(), request.dataKinds()),
                request.legalBasis(),
                request.notBefore(),
                request.expiresAt(),
                request.urgentReason(),
                actor.username(),
                now,
                AuthorizationStatus.REQUESTED,
                null,
                null,
                request.demo());
        ports.tx().inTransaction(() -> {
            ports.authorizations().insert(created);
            ports.audit()
                    .append(AuditRecord.by(actor, now)
                            .authorization(created.id())
                            .detail("purpose=" + created.purpose() + " urgent=" + created.urgent())
                            .success(AuditAction.REQUEST, AuditObjectType.AUTHORIZATION, created.id()));
            ports.statistics()
                    .record(
                            StatisticKind.AUTHORIZATION_REQUESTED,
                            created.purpose().name(),
                            now);
            if (created.urgent()) {
                ports.statistics()
                        .record(StatisticKind.URGENT_USE, created.purpose().name(), now);
            }
            return created;
        });
        ports.listener().on(new AuthorizationEvent.Requested(created.id(), now, created.urgent()));
        return new Outcome.Done<>(created);
    }

    /**
     * An approver's decision. The requester can never decide their own request, whatever roles they
     * hold; a rejection deletes everything produced under the authorization.
     */
    public Outcome<Authorization> decide(Actor actor, AuthorizationId id, boolean approve, String reason) {
        Instant now = ports.clock().instant();
        AuditAction action = approve ? AuditAction.APPROVE : AuditAction.REJECT;
        if (!actor.has(Role.APPROVER)) {
            return deny(actor, action, id.toString(), "only an approver decides authorization requests");
        }
        if (reason.isBlank() || reason.length() > AuthorizationRequest.MAX_TEXT) {
            return denyInvalid(
                    actor,
                    action,
                    id.toString(),
                    "reason",
                    "a decision needs a written reason of at most " + AuthorizationRequest.MAX_TEXT + " characters");
        }
        List<AuthorizationEvent> events = new ArrayList<>();
        Outcome<Authorization> outcome = ports.tx().inTransaction(() -> {
            Optional<Authorization> found = ports.authorizations().findForUpdate(id);
            if (found.isEmpty()) {
                return new Outcome.NotFound<>("authorization " + id);
            }
            Authorization current = found.get();
            if (current.requestedBy().equals(actor.username())) {
                return new Outcome.Forbidden<>("the requester of an authorization cannot decide it");
            }
            if (current.status() != AuthorizationStatus.REQUESTED) {
                return new Outcome.Conflict<>("authorization " + id + " is " + current.status() + ", not REQUESTED");
            }
            if (approve && current.urgent() && !now.isBefore(current.urgentDeadline())) {
                return new Outcome.Conflict<>(
                        "the urgent use lapsed at " + current.urgentDeadline() + "; a new request is needed");
            }
            Decision decision = new Decision(actor.username(), now, reason);
            Authorization next = approve ? current.approved(decision) : current.rejected(decision);
            ports.authorizations().update(next);
            long deleted = approve ? 0 : ended(next, now, actor, true);
            ports.audit()
                    .append(AuditRecord.by(actor, now)
                            .authorization(id)
                            .detail("reason=" + reason + (approve ? "" : " deleted=" + deleted))
                            .success(action, AuditObjectType.AUTHORIZATION, id));
            ports.statistics()
                    .record(
                            approve ? StatisticKind.AUTHORIZATION_APPROVED : StatisticKind.AUTHORIZATION_REJECTED,
                            next.purpose().name(),
                            now);
            events.add(
                    approve
                            ? new AuthorizationEvent.Approved(id, now)
                            : new AuthorizationEvent.Rejected(id, now, deleted));
            return new Outcome.Done<>(next);
        });
        return afterCommit(actor, action, id, outcome, events);
    }

    /** Ends an authorization early: by an approver, or withdrawn by its own requester. */
    public Outcome<Authorization> revoke(Actor actor, AuthorizationId id, String reason) {
        Instant now = ports.clock().instant();
        if (reason.isBlank() || reason.length() > AuthorizationRequest.MAX_TEXT) {
            return denyInvalid(
                    actor,
                    AuditAction.REVOKE,
                    id.toString(),
                    "reason",
                    "a revocation needs a written reason of at most " + AuthorizationRequest.MAX_TEXT + " characters");
        }
        List<AuthorizationEvent> events = new ArrayList<>();
        Outcome<Authorization> outcome = ports.tx().inTransaction(() -> {
            Optional<Authorization> found = ports.authorizations().findForUpdate(id);
            if (found.isEmpty()) {
                return new Outcome.NotFound<>("authorization " + id);
            }
            Authorization current = found.get();
            if (!actor.has(Role.APPROVER) && !current.requestedBy().equals(actor.username())) {
                return new Outcome.Forbidden<>("only an approver or the requester can revoke an authorization");
            }
            if (current.status().ended()) {
                return new Outcome.Conflict<>("authorization " + id + " has already ended: " + current.status());
            }
            Authorization next = current.revoked(new Decision(actor.username(), now, reason));
            ports.authorizations().update(next);
            ended(next, now, actor, false);
            ports.audit()
                    .append(AuditRecord.by(actor, now)
                            .authorization(id)
                            .detail("reason=" + reason)
                            .success(AuditAction.REVOKE, AuditObjectType.AUTHORIZATION, id));
            events.add(new AuthorizationEvent.Revoked(id, now));
            return new Outcome.Done<>(next);
        });
        return afterCommit(actor, AuditAction.REVOKE, id, outcome, events);
    }

    /**
     * Ends every authorization whose time is up: windows that closed, and urgent requests not decided
     * within 24 h (live) or 48 h (post-event). An urgent request that ends undecided, by either, was
     * never authorized: its produced data is deleted. Returns how many ended. Run it on a schedule;
     * the policy already denies them before the sweep runs.
     */
    public int endDue() {
        Instant now = ports.clock().instant();
        Actor system = Actor.system();
        List<AuthorizationEvent> events = new ArrayList<>();
        int count = ports.tx().inTransaction(() -> {
            List<Authorization> due = ports.authorizations().dueToEnd(now, 500);
            for (Authorization current : due) {
                // An urgent use that ends undecided was never authorized, whether its deadline or its
                // window ended first: what it produced is erased either way.
                boolean undecidedUrgent = current.status() == AuthorizationStatus.REQUESTED && current.urgent();
                boolean lapsed = undecidedUrgent && !now.isBefore(current.urgentDeadline());
                String why = lapsed
                        ? "urgent use not decided within "
                                + current.mode().urgentDecisionDeadline().toHours() + " h"
                        : "validity window ended at " + current.expiresAt();
                Authorization next = current.expired(new Decision(system.username(), now, why));
                ports.authorizations().update(next);
                long deleted = ended(next, now, system, undecidedUrgent);
                ports.audit()
                        .append(AuditRecord.by(system, now)
                                .authorization(current.id())
                                .detail(why + (undecidedUrgent ? " deleted=" + deleted : ""))
                                .success(AuditAction.EXPIRE, AuditObjectType.AUTHORIZATION, current.id()));
                events.add(new AuthorizationEvent.Expired(current.id(), now, lapsed, deleted));
            }
            return due.size();
        });
        events.forEach(ports.listener()::on);
        return count;
    }

    /**
     * Bookkeeping when an authorization ends: erase what it produced when required, and create the
     * task to notify the subject when any processing may have happened under it.
     */
    private long ended(Authorization next, Instant now, Actor actor, boolean erase) {
        long deleted = 0;
        if (erase) {
            for (ProducedDataEraser eraser : ports.erasers()) {
                long n = eraser.eraseProducedUnder(next.id());
                if (n > 0) {
                    ports.audit()
                            .append(AuditRecord.by(actor, now)
                                    .authorization(next.id())
                                    .detail(eraser.name() + " deleted=" + n)
                                    .success(AuditAction.DELETE, AuditObjectType.AUTHORIZATION, next.id()));
                }
                deleted += n;
            }
            if (deleted > 0) {
                ports.statistics().record(StatisticKind.DELETION, "produced-under-ended-authorization", now, deleted);
            }
        }
        boolean processingHappened =
                next.decision() != null && next.status() != AuthorizationStatus.REJECTED || next.urgent();
        if (processingHappened) {
            NotificationTask task = new NotificationTask(
                    ports.ids().next(),
                    next.id(),
                    next.subjectId(),
                    now,
                    NotificationTask.Status.PENDING,
                    null,
                    null,
                    null,
                    null);
            ports.notifications().insert(task);
            ports.audit()
                    .append(AuditRecord.by(actor, now)
                            .authorization(next.id())
                            .success(AuditAction.CREATE, AuditObjectType.NOTIFICATION_TASK, task.id()));
        }
        return deleted;
    }

    private Outcome<Authorization> afterCommit(
            Actor actor,
            AuditAction action,
            AuthorizationId id,
            Outcome<Authorization> outcome,
            List<AuthorizationEvent> events) {
        switch (outcome) {
            case Outcome.Done<Authorization> done -> events.forEach(ports.listener()::on);
            case Outcome.Forbidden<Authorization> f -> auditDenied(actor, action, id.toString(), f.reason());
            case Outcome.Conflict<Authorization> c -> auditDenied(actor, action, id.toString(), c.reason());
            case Outcome.NotFound<Authorization> n -> auditDenied(actor, action, id.toString(), "not found");
            case Outcome.Invalid<Authorization> i ->
                auditDenied(actor, action, id.toString(), describe(i.violations()));
        }
        return outcome;
    }

    private Outcome<Authorization> deny(Actor actor, AuditAction action, String objectId, String reason) {
        auditDenied(actor, action, objectId, reason);
        return new Outcome.Forbidden<>(reason);
    }

    private Outcome<Authorization> denyInvalid(
            Actor actor, AuditAction action, String objectId, String field, String message) {
        auditDenied(actor, action, objectId, field + ": " + message);
        return Outcome.invalid(field, message);
    }

    private void auditDenied(Actor actor, AuditAction action, String objectId, String reason) {
        Instant now = ports.clock().instant();
        ports.tx().inTransaction(() -> ports.audit()
                .append(AuditRecord.by(actor, now)
                        .detail(reason)
                        .denied(action, AuditObjectType.AUTHORIZATION, objectId)));
    }

    private static String describe(List<Outcome.Violation> violations) {
        return String.join(
                "; ",
                violations.stream().map(v -> v.field() + ": " + v.message()).toList());
    }

    /** The clock this service reads, for callers that stamp related records. */
    public Clock clock() {
        return ports.clock();
    }
}
