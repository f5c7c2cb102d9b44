package org.amparo.core.dispatch;

import java.time.Instant;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.GeoPoint;

/**
 * The writes an incident change is made of, each with its timeline entry; shared by {@link DispatchService}'s
 * operations. Runs inside the caller's transaction. Stateless apart from its ports; thread-safe.
 */
final class IncidentSteps {
    private final DispatchPorts p;

    IncidentSteps(DispatchPorts ports) {
        this.p = ports;
    }

    /** The incident, locked; NotFound when absent, Conflict when closed and {@code open} is required. */
    Outcome<Incident> locked(IncidentId id, boolean open) {
        Optional<Incident> found = p.incidents().lock(id);
        if (found.isEmpty()) {
            return new Outcome.NotFound<>("incident " + id);
        }
        if (open && found.get().status() == IncidentStatus.CLOSED) {
            return new Outcome.Conflict<>("incident " + id + " is closed");
        }
        return new Outcome.Done<>(found.get());
    }

    /** Sets the location a person entered or accepted, with its province, and records it. */
    Incident locate(Incident incident, GeoPoint point, Actor actor, Instant now) {
        ProvinceRef province =
                p.provinces().get().locate(point).map(ProvinceRef::of).orElse(null);
        Incident located = incident.locatedAt(point, province);
        p.incidents().update(located);
        p.incidents().append(new IncidentEvent.Located(incident.id(), actor.username(), now, point, province));
        return located;
    }

    /** Moves the incident to {@code target} when allowed and records it; the same incident otherwise. */
    Incident moveIfAllowed(Incident incident, IncidentStatus target, Actor actor, Instant now) {
        if (!(incident.moveTo(target, now) instanceof Outcome.Done<Incident>(Incident moved))) {
            return incident;
        }
        p.incidents().update(moved);
        p.incidents()
                .append(new IncidentEvent.StatusChanged(
                        incident.id(), actor.username(), now, incident.status(), target));
        return moved;
    }

    /** Appends a successful audit entry about {@code incident}. */
    void audited(Actor actor, Instant now, AuditAction action, IncidentId incident, String detail) {
        p.audit().append(AuditRecord.by(actor, now).detail(detail).success(action, AuditObjectType.INCIDENT, incident));
    }
}
