package org.amparo.core.dispatch.caller;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.IncidentId;

/** Persistence of caller locations. Every method runs in the caller's transaction; thread-safe. */
public interface CallerLocationStore {
    void insert(StoredCallerLocation location);

    /** Matches a stored, unmatched location to an incident; answers whether it was unmatched. */
    boolean assign(CallerLocationId id, IncidentId incident);

    Optional<StoredCallerLocation> find(CallerLocationId id);

    /** The locations matched to {@code incident}, newest first. */
    List<StoredCallerLocation> forIncident(IncidentId incident);

    /** Unmatched locations of {@code number} received at {@code from <= at <= to}, oldest first. */
    List<StoredCallerLocation> unmatched(CallerNumber number, Instant from, Instant to);
}
