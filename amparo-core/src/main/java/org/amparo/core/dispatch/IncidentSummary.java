package org.amparo.core.dispatch;

import java.time.Instant;
import java.util.Objects;
import org.amparo.core.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * One line of the dispatcher board: an incident without its personal data (no caller number, no description), so
 * that the board can be listed without a justification. Immutable.
 *
 * @param id the incident
 * @param type what kind of emergency
 * @param priority how urgent
 * @param status where it stands
 * @param createdAt when it was opened (its age on the board)
 * @param location where it is, when a person set it
 * @param province the province of that location, when known
 */
public record IncidentSummary(
        IncidentId id,
        IncidentType type,
        Priority priority,
        IncidentStatus status,
        Instant createdAt,
        @Nullable GeoPoint location,
        @Nullable ProvinceRef province) {
    public IncidentSummary {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static IncidentSummary of(Incident incident) {
        return new IncidentSummary(
                incident.id(),
                incident.type(),
                incident.priority(),
                incident.status(),
                incident.createdAt(),
                incident.location(),
                incident.province());
    }
}
