package org.amparo.core.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.core.face.WatchlistEntry;
import org.amparo.core.face.WatchlistEntryId;
import org.amparo.core.face.WatchlistStore;
import org.amparo.core.legal.AuthorizationId;

/** Watchlist entries in a map. Thread-safe (every method is synchronized). */
public final class InMemoryWatchlistStore implements WatchlistStore {
    private final Map<WatchlistEntryId, WatchlistEntry> entries = new LinkedHashMap<>();

    @Override
    public synchronized void insert(WatchlistEntry entry) {
        if (forAuthorization(entry.authorizationId()).isPresent() || entries.putIfAbsent(entry.id(), entry) != null) {
            throw new IllegalStateException("duplicate entry " + entry.id());
        }
    }

    @Override
    public synchronized Optional<WatchlistEntry> find(WatchlistEntryId id) {
        return Optional.ofNullable(entries.get(id));
    }

    @Override
    public synchronized Optional<WatchlistEntry> forAuthorization(AuthorizationId id) {
        return entries.values().stream()
                .filter(e -> e.authorizationId().equals(id))
                .findFirst();
    }

    @Override
    public synchronized List<WatchlistEntry> all() {
        return List.copyOf(entries.values());
    }

    @Override
    public synchronized long deleteUnder(AuthorizationId id) {
        Optional<WatchlistEntry> entry = forAuthorization(id);
        entry.ifPresent(e -> entries.remove(e.id()));
        return entry.map(e -> 1L + e.templates().size()).orElse(0L);
    }
}
