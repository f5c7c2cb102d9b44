package org.amparo.core.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.Refusals;
import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.legal.SubjectService;
import org.jspecify.annotations.Nullable;

/**
 * Emergency incidents from call to close (charter section 4: the system proposes, a person acts). Call-takers and
 * dispatchers ({@link Role#DISPATCHER}) and supervisors open incidents, link calls, set the location, read
 * proposals, dispatch units, move units and incidents through their statuses and read incidents; every such step
 * is a timeline entry naming who did it and when, and is audited in the transaction that makes it. Refused attempts
 * (role, state, input) are audited as denied. The system itself ({@link Actor#system()}) holds no dispatch role, so
 * nothing here can happen without a person.
 *
 * <p>Reading an incident reads its caller number, personal data: it needs a written justification. The open-incident
 * board carries no personal data.
 *
 * <p>Thread-safe: state lives in the stores; every change locks its incident, then its unit, in that order.
 */
public final class DispatchService {
    /** Most incidents the board lists at once. */
    public static final int MAX_LIST = 1_000;

    private final DispatchPorts p;
    private final CallListener calls;
    private final IncidentSteps steps;
    private final UnitMoves moves;

    /**
     * @param ports the stores and sources
     * @param calls told of every call taken, in the same transaction (caller-location matching)
     */
    public DispatchService(DispatchPorts ports, CallListener calls) {
        this.p = ports;
        this.calls = calls;
        this.steps = new IncidentSteps(ports);
        this.moves = new UnitMoves(ports, steps);
    }

    /** Opens an incident from a call; its first timeline entry is {@link IncidentEvent.Opened}. */
    public Outcome<Incident> createIncident(Actor actor, NewIncident in) {
        Instant now = p.clock().instant();
        IncidentId id = new IncidentId(p.ids().next());
        return guarded(actor, now, "create incident", AuditAction.CREATE, id, () -> {
            if (in.description().length() > NewIncident.MAX_DESCRIPTION) {
                return Outcome.invalid("description", "at most " + NewIncident.MAX_DESCRIPTION + " characters");
            }
            if (in.note().length() > NewIncident.MAX_NOTE) {
                return Outcome.invalid("note", "at most " + NewIncident.MAX_NOTE + " characters");
            }
            return p.tx().inTransaction(() -> open(actor, in, id, now));
        });
    }

    private Outcome<Incident> open(Actor actor, NewIncident in, IncidentId id, Instant now) {
        CallId call = new CallId(p.ids().next());
        Incident incident = Incident.open(id, in.type(), in.priority(), in.callerNumber(), call, now)
                .describedAs(in.description());
        p.incidents().insert(incident);
        p.incidents().append(new IncidentEvent.Opened(id, actor.username(), now, in.type(), in.priority()));
        if (!in.note().isEmpty()) {
            p.incidents().append(new IncidentEvent.NoteAdded(id, actor.username(), now, in.note()));
        }
        GeoPoint location = in.location();
        if (location != null) {
            incident = steps.locate(incident, location, actor, now);
        }
        steps.audited(
                actor,
                now,
                AuditAction.CREATE,
                id,
                "type=" + in.type() + " priority=" + in.priority() + " call=" + call + " located="
                        + (location != null));
        calls.callTaken(id, in.callerNumber(), now);
        return new Outcome.Done<>(incident);
    }

    /** Links another call about the same emergency; its caller's handset location will match the incident too. */
    public Outcome<Incident> linkCall(Actor actor, IncidentId id, CallerNumber number) {
        Instant now = p.clock().instant();
        return guarded(actor, now, "link call", AuditAction.UPDATE, id, () -> p.tx().inTransaction(() -> {
            Outcome<Incident> found = steps.locked(id, true);
            if (!(found instanceof Outcome.Done<Incident>(Incident incident))) {
                return found;
            }
            CallId call = new CallId(p.ids().next());
            p.incidents().addCall(id, call, number, now);
            p.incidents().append(new IncidentEvent.CallLinked(id, actor.username(), now, call));
            steps.audited(actor, now, AuditAction.UPDATE, id, "call linked call=" + call);
            calls.callTaken(id, number, now);
            return new Outcome.Done<>(incident.linkCall(call));
        }));
    }

    /**
     * A person sets or confirms where the incident is; the province is found by point-in-polygon. {@code how} says
     * for the audit entry where the point came from (entered on the map, accepted caller location, ...).
     */
    public Outcome<Incident> locate(Actor actor, IncidentId id, GeoPoint point, String how) {
        Instant now = p.clock().instant();
        return guarded(actor, now, "locate", AuditAction.UPDATE, id, () -> p.tx().inTransaction(() -> {
            Outcome<Incident> found = steps.locked(id, true);
            if (!(found instanceof Outcome.Done<Incident>(Incident incident))) {
                return found;
            }
            Incident located = steps.locate(incident, point, actor, now);
            ProvinceRef province = located.province();
            steps.audited(
                    actor,
                    now,
                    AuditAction.UPDATE,
                    id,
                    "located how=" + how + " province=" + (province == null ? "none" : province.name()));
            return new Outcome.Done<>(located);
        }));
    }

    /** Adds a note to the timeline (also to a closed incident: a late report is still a fact). */
    public Outcome<Incident> addNote(Actor actor, IncidentId id, String text) {
        Instant now = p.clock().instant();
        String note = text.strip();
        return guarded(actor, now, "note", AuditAction.UPDATE, id, () -> {
            if (note.isEmpty() || note.length() > NewIncident.MAX_NOTE) {
                return Outcome.invalid("text", "a note has 1.." + NewIncident.MAX_NOTE + " characters");
            }
            return p.tx().inTransaction(() -> {
                Outcome<Incident> found = steps.locked(id, false);
                if (found instanceof Outcome.Done<Incident>) {
                    p.incidents().append(new IncidentEvent.NoteAdded(id, actor.username(), now, note));
                    steps.audited(actor, now, AuditAction.UPDATE, id, "note added");
                }
                return found;
            });
        });
    }

    /** Moves an incident to another status (closing it is a person's decision); see {@link IncidentStatus}. */
    public Outcome<Incident> changeStatus(Actor actor, IncidentId id, IncidentStatus target) {
        Instant now = p.clock().instant();
        return guarded(actor, now, "incident status", AuditAction.UPDATE, id, () -> p.tx().inTransaction(() -> {
            Outcome<Incident> found = steps.locked(id, false);
            if (!(found instanceof Outcome.Done<Incident>(Incident incident))) {
                return found;
            }
            Outcome<Incident> moved = incident.moveTo(target, now);
            if (moved instanceof Outcome.Done<Incident>(Incident next)) {
                p.incidents().update(next);
                p.incidents()
                        .append(new IncidentEvent.StatusChanged(id, actor.username(), now, incident.status(), target));
                steps.audited(actor, now, AuditAction.UPDATE, id, "status " + incident.status() + "->" + target);
            }
            return moved;
        }));
    }

    /** The nearest suitable available units for a located, open incident, best first; a proposal, not a dispatch. */
    public Outcome<List<UnitProposal>> propose(Actor actor, IncidentId id) {
        Instant now = p.clock().instant();
        return guarded(actor, now, "propose", AuditAction.READ, id, () -> p.tx().inTransaction(() -> {
            Incident incident = p.incidents().find(id).orElse(null);
            if (incident == null) {
                return new Outcome.NotFound<>("incident " + id);
            }
            GeoPoint location = incident.location();
            if (incident.status() == IncidentStatus.CLOSED || location == null) {
                return new Outcome.Conflict<>("incident " + id + " is closed or has no location yet");
            }
            List<UnitProposal> proposals =
                    p.ranking().rank(incident.type(), location, p.units().inStatus(UnitStatus.AVAILABLE), now);
            steps.audited(actor, now, AuditAction.READ, id, "proposals returned=" + proposals.size());
            return new Outcome.Done<>(proposals);
        }));
    }

    /** A dispatcher sends a unit: the unit becomes DISPATCHED to the incident, an open incident DISPATCHED. */
    public Outcome<Incident> dispatch(Actor actor, IncidentId id, UnitId unit) {
        Instant now = p.clock().instant();
        return guarded(actor, now, "dispatch", AuditAction.UPDATE, id, () -> p.tx().inTransaction(
                        () -> moves.dispatch(actor, id, unit, now)));
    }

    /**
     * A unit working an incident reports a new status (EN_ROUTE, ON_SCENE, RETURNING, AVAILABLE, OUT_OF_SERVICE;
     * DISPATCHED only through {@link #dispatch}). The first unit on scene puts a dispatched incident ON_SCENE; the
     * last unit recalled before arriving puts it back to OPEN.
     */
    public Outcome<Unit> changeUnitStatus(Actor actor, UnitId unit, UnitStatus target) {
        Instant now = p.clock().instant();
        Outcome<Unit> outcome = operates(actor)
                ? target == UnitStatus.DISPATCHED
                        ? Outcome.invalid("status", "a unit is dispatched to an incident, not set DISPATCHED")
                        : p.tx().inTransaction(() -> moves.changeStatus(actor, unit, target, now))
                : new Outcome.Forbidden<>("only dispatchers and supervisors move units");
        return Refusals.audited(
                p.tx(),
                p.audit(),
                actor,
                now,
                "unit status " + target,
                AuditAction.UPDATE,
                AuditObjectType.UNIT,
                unit,
                outcome);
    }

    /**
     * Reads an incident with its timeline and assigned units. The caller number is personal data: the read needs a
     * justification of at least {@value SubjectService#MIN_JUSTIFICATION} characters, kept in the audit entry.
     */
    public Outcome<IncidentDetail> get(Actor actor, IncidentId id, @Nullable String justification) {
        Instant now = p.clock().instant();
        return guarded(actor, now, "read", AuditAction.READ, id, () -> {
            if (!Justifications.valid(justification)) {
                return Justifications.missing();
            }
            return p.tx().inTransaction(() -> {
                Incident incident = p.incidents().find(id).orElse(null);
                if (incident == null) {
                    return new Outcome.NotFound<>("incident " + id);
                }
                IncidentDetail detail = new IncidentDetail(
                        incident, p.incidents().timeline(id), p.units().assignedTo(id));
                p.audit()
                        .append(AuditRecord.by(actor, now)
                                .justification(Justifications.text(justification))
                                .success(AuditAction.READ, AuditObjectType.INCIDENT, id));
                return new Outcome.Done<>(detail);
            });
        });
    }

    /** The board: incidents not closed, most urgent then oldest first, without personal data. */
    public Outcome<List<IncidentSummary>> listOpen(Actor actor, int limit) {
        Instant now = p.clock().instant();
        return guarded(actor, now, "list open", AuditAction.READ, "-", () -> {
            if (limit < 1 || limit > MAX_LIST) {
                return Outcome.invalid("limit", "1.." + MAX_LIST);
            }
            return p.tx().inTransaction(() -> {
                List<IncidentSummary> open = p.incidents().open(limit);
                p.audit()
                        .append(AuditRecord.by(actor, now)
                                .detail("open incidents returned=" + open.size())
                                .success(AuditAction.READ, AuditObjectType.INCIDENT, "-"));
                return new Outcome.Done<>(open);
            });
        });
    }

    private <T> Outcome<T> guarded(
            Actor actor, Instant now, String what, AuditAction action, Object id, Supplier<Outcome<T>> work) {
        Outcome<T> outcome =
                operates(actor) ? work.get() : new Outcome.Forbidden<>("only dispatchers and supervisors may " + what);
        return Refusals.audited(p.tx(), p.audit(), actor, now, what, action, AuditObjectType.INCIDENT, id, outcome);
    }

    /** Whether the actor works incidents: call-takers, dispatchers and supervisors. */
    static boolean operates(Actor actor) {
        return actor.has(Role.DISPATCHER) || actor.has(Role.SUPERVISOR);
    }
}
