package org.amparo.core.dispatch;

import java.util.Objects;
import org.amparo.core.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * What a call-taker enters to open an incident. Lengths are checked by the service (a refusal, not a bug).
 *
 * @param callerNumber the number the call came from
 * @param type the kind of emergency
 * @param priority how urgent
 * @param description address and what happened, as told; may be empty
 * @param note a first note for the timeline; may be empty
 * @param location where the emergency is, when the call-taker already knows it; null otherwise
 */
public record NewIncident(
        CallerNumber callerNumber,
        IncidentType type,
        Priority priority,
        String description,
        String note,
        @Nullable GeoPoint location) {
    /** Longest description, in characters. */
    public static final int MAX_DESCRIPTION = 2_000;
    /** Longest note, in characters. */
    public static final int MAX_NOTE = 2_000;

    public NewIncident {
        Objects.requireNonNull(callerNumber, "callerNumber");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(priority, "priority");
        description = description.strip();
        note = note.strip();
    }
}
