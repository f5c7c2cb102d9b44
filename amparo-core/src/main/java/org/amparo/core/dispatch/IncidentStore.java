package org.amparo.core.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Persistence of incidents, their calls and their timelines. Every method runs in the caller's transaction.
 * {@link #lock} reads an incident and holds it against concurrent changes until the transaction ends (a row lock in
 * a database), so that a service can decide on the current state; implementations are thread-safe.
 */
public interface IncidentStore {
    /** Stores a new incident together with its first call (number {@link Incident#callerNumber()}, at creation). */
    void insert(Incident incident);

    /** Replaces the mutable fields: status, closing time, location, province and description. */
    void update(Incident incident);

    /** Links another call to an incident; {@code at} is when the call was taken. */
    void addCall(IncidentId incident, CallId call, CallerNumber number, Instant at);

    Optional<Incident> find(IncidentId id);

    /** Like {@link #find}, holding the incident until the transaction ends. */
    Optional<Incident> lock(IncidentId id);

    /** The incident a call is linked to. */
    Optional<IncidentId> incidentOf(CallId call);

    /**
     * The incident, not closed, of the most recent call from {@code number} taken at {@code from <= at <= to}
     * (ties: the most recently opened incident).
     */
    Optional<IncidentId> openIncidentCalledFrom(CallerNumber number, Instant from, Instant to);

    /** Incidents not closed, most urgent first, then oldest first, then by id; at most {@code limit}. */
    List<IncidentSummary> open(int limit);

    /** Appends one entry to the incident's timeline. */
    void append(IncidentEvent event);

    /** The incident's timeline in the order the entries were appended. */
    List<IncidentEvent> timeline(IncidentId id);
}
