package org.amparo.core.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Outcome;

/**
 * Dispatches and unit status changes, with their effect on the incident and its timeline. Runs inside the caller's
 * transaction; locks the incident before the unit, always, so that two operations never wait on each other in a
 * circle. Thread-safe.
 */
final class UnitMoves {
    private final DispatchPorts p;
    private final IncidentSteps steps;

    UnitMoves(DispatchPorts ports, IncidentSteps steps) {
        this.p = ports;
        this.steps = steps;
    }

    Outcome<Incident> dispatch(Actor actor, IncidentId id, UnitId unitId, Instant now) {
        Outcome<Incident> found = steps.locked(id, true);
        if (!(found instanceof Outcome.Done<Incident>(Incident incident))) {
            return found;
        }
        Optional<Unit> unit = p.units().lock(unitId);
        if (unit.isEmpty()) {
            return new Outcome.NotFound<>("unit " + unitId);
        }
        Outcome<Unit> sent = unit.get().dispatchTo(id);
        if (sent instanceof Outcome.Conflict<Unit>(String reason)) {
            return new Outcome.Conflict<>(reason);
        }
        Unit dispatched = sent.orElseThrow();
        p.units().update(dispatched);
        p.incidents()
                .append(new IncidentEvent.UnitDispatched(id, actor.username(), now, unitId, dispatched.callSign()));
        Incident next = incident.status() == IncidentStatus.OPEN
                ? steps.moveIfAllowed(incident, IncidentStatus.DISPATCHED, actor, now)
                : incident;
        steps.audited(
                actor,
                now,
                AuditAction.UPDATE,
                id,
                "dispatched unit=" + unitId + " from=" + unit.get().status());
        return new Outcome.Done<>(next);
    }

    Outcome<Unit> changeStatus(Actor actor, UnitId unitId, UnitStatus target, Instant now) {
        Optional<Unit> seen = p.units().find(unitId);
        if (seen.isEmpty()) {
            return new Outcome.NotFound<>("unit " + unitId);
        }
        IncidentId assignment = seen.get().assignment();
        Incident incident =
                assignment == null ? null : p.incidents().lock(assignment).orElse(null);
        Unit unit = p.units().lock(unitId).orElseThrow();
        if (!Objects.equals(unit.assignment(), assignment)) {
            return new Outcome.Conflict<>("unit " + unit.callSign() + " was re-assigned meanwhile; try again");
        }
        Outcome<Unit> moved = unit.moveTo(target);
        if (!(moved instanceof Outcome.Done<Unit>(Unit next))) {
            return moved;
        }
        p.units().update(next);
        if (incident != null) {
            p.incidents()
                    .append(new IncidentEvent.UnitStatusChanged(
                            incident.id(), actor.username(), now, unitId, unit.status(), target));
            followUnit(incident, unit, target, actor, now);
        }
        p.audit()
                .append(AuditRecord.by(actor, now)
                        .detail("status " + unit.status() + "->" + target + " incident=" + assignment)
                        .success(AuditAction.UPDATE, AuditObjectType.UNIT, unitId));
        return moved;
    }

    /** The first unit on scene puts the incident on scene; the last one recalled before arriving reopens it. */
    private void followUnit(Incident incident, Unit before, UnitStatus target, Actor actor, Instant now) {
        if (target == UnitStatus.ON_SCENE && incident.status() == IncidentStatus.DISPATCHED) {
            steps.moveIfAllowed(incident, IncidentStatus.ON_SCENE, actor, now);
            return;
        }
        boolean recalled = !target.assignable()
                && (before.status() == UnitStatus.DISPATCHED || before.status() == UnitStatus.EN_ROUTE);
        if (recalled
                && incident.status() == IncidentStatus.DISPATCHED
                && p.units().assignedTo(incident.id()).isEmpty()) {
            steps.moveIfAllowed(incident, IncidentStatus.OPEN, actor, now);
        }
    }
}
