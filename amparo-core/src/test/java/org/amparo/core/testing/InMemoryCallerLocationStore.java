package org.amparo.core.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.core.dispatch.CallerNumber;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.caller.CallerLocationId;
import org.amparo.core.dispatch.caller.CallerLocationStore;
import org.amparo.core.dispatch.caller.StoredCallerLocation;

/** A {@link CallerLocationStore} in memory, for tests. Thread-safe (synchronized). */
public final class InMemoryCallerLocationStore implements CallerLocationStore {
    private final Map<CallerLocationId, StoredCallerLocation> locations = new LinkedHashMap<>();

    @Override
    public synchronized void insert(StoredCallerLocation location) {
        locations.put(location.id(), location);
    }

    @Override
    public synchronized boolean assign(CallerLocationId id, IncidentId incident) {
        StoredCallerLocation old = locations.get(id);
        if (old == null || old.incident() != null) {
            return false;
        }
        locations.put(id, old.matchedTo(incident));
        return true;
    }

    @Override
    public synchronized Optional<StoredCallerLocation> find(CallerLocationId id) {
        return Optional.ofNullable(locations.get(id));
    }

    @Override
    public synchronized List<StoredCallerLocation> forIncident(IncidentId incident) {
        return locations.values().stream()
                .filter(l -> incident.equals(l.incident()))
                .sorted(Comparator.comparing(StoredCallerLocation::receivedAt).reversed())
                .toList();
    }

    @Override
    public synchronized List<StoredCallerLocation> unmatched(CallerNumber number, Instant from, Instant to) {
        return locations.values().stream()
                .filter(l -> l.incident() == null && l.number().equals(number))
                .filter(l -> !l.receivedAt().isBefore(from) && !l.receivedAt().isAfter(to))
                .sorted(Comparator.comparing(StoredCallerLocation::receivedAt))
                .toList();
    }

    /** Every stored location, in insertion order. */
    public synchronized List<StoredCallerLocation> all() {
        return List.copyOf(locations.values());
    }
}
