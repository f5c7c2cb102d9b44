package org.amparo.core.dispatch;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * An emergency incident as the call-taker recorded it. Immutable: every change returns a new incident, and the
 * service that applies it appends the matching {@link IncidentEvent} to the timeline. The location is the one a
 * person entered or confirmed; a handset's caller location is supplementary and never written here by the
 * system alone (charter section 4).
 *
 * @param id the incident
 * @param type what kind of emergency
 * @param priority how urgent
 * @param callerNumber the number of the first call, personal data; null once the retention purge removed it
 * @param location where the emergency is, or null while unknown
 * @param description address and what happened, as told; may be empty, never null
 * @param province the province of {@code location}, or null when unknown or outside every province
 * @param status where the incident stands
 * @param createdAt when the incident was opened
 * @param closedAt when it was closed; set exactly when {@code status} is {@link IncidentStatus#CLOSED}
 * @param linkedCalls the calls about this incident, first call first, without repeats
 */
public record Incident(
        IncidentId id,
        IncidentType type,
        Priority priority,
        @Nullable CallerNumber callerNumber,
        @Nullable GeoPoint location,
        String description,
        @Nullable ProvinceRef province,
        IncidentStatus status,
        Instant createdAt,
        @Nullable Instant closedAt,
        List<CallId> linkedCalls) {
    public Incident {
        Objects.requireNonNull(description, "description");
        if ((status == IncidentStatus.CLOSED) != (closedAt != null)) {
            throw new IllegalArgumentException("closedAt is set exactly when the incident is closed");
        }
        if (closedAt != null && closedAt.isBefore(createdAt)) {
            throw new IllegalArgumentException("an incident cannot close before it was opened");
        }
        if (location == null && province != null) {
            throw new IllegalArgumentException("a province without a location");
        }
        linkedCalls = List.copyOf(new LinkedHashSet<>(linkedCalls));
    }

    /** A new, open incident from its first call. */
    public static Incident open(
            IncidentId id, IncidentType type, Priority priority, CallerNumber callerNumber, CallId call, Instant at) {
        return new Incident(
                id, type, priority, callerNumber, null, "", null, IncidentStatus.OPEN, at, null, List.of(call));
    }

    /**
     * This incident moved to {@code target} at {@code at}; a {@link Outcome.Conflict} when the current status does
     * not allow that move or {@code at} lies before the incident was opened.
     */
    public Outcome<Incident> moveTo(IncidentStatus target, Instant at) {
        if (!status.canMoveTo(target)) {
            return new Outcome.Conflict<>("incident " + id + " cannot move from " + status + " to " + target);
        }
        if (at.isBefore(createdAt)) {
            return new Outcome.Conflict<>("incident " + id + " was opened after " + at);
        }
        Instant closed = target == IncidentStatus.CLOSED ? at : null;
        return new Outcome.Done<>(new Incident(
                id,
                type,
                priority,
                callerNumber,
                location,
                description,
                province,
                target,
                createdAt,
                closed,
                linkedCalls));
    }

    /** This incident with another call linked; the same incident when the call is already linked. */
    public Incident linkCall(CallId call) {
        if (linkedCalls.contains(call)) {
            return this;
        }
        List<CallId> calls = new ArrayList<>(linkedCalls);
        calls.add(call);
        return new Incident(
                id, type, priority, callerNumber, location, description, province, status, createdAt, closedAt, calls);
    }

    /** This incident at a location a person entered or confirmed, with that location's province (or none). */
    public Incident locatedAt(GeoPoint point, @Nullable ProvinceRef inProvince) {
        return new Incident(
                id,
                type,
                priority,
                callerNumber,
                point,
                description,
                inProvince,
                status,
                createdAt,
                closedAt,
                linkedCalls);
    }

    /** This incident with its address and description replaced. */
    public Incident describedAs(String text) {
        return new Incident(
                id, type, priority, callerNumber, location, text, province, status, createdAt, closedAt, linkedCalls);
    }
}
