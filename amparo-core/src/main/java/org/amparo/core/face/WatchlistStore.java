package org.amparo.core.face;

import java.util.List;
import java.util.Optional;
import org.amparo.core.legal.AuthorizationId;

/** Persistence of watchlist entries with their sealed templates. Called inside a transaction; thread-safe. */
public interface WatchlistStore {
    void insert(WatchlistEntry entry);

    Optional<WatchlistEntry> find(WatchlistEntryId id);

    /** The entry of one authorization, if any (there is at most one). */
    Optional<WatchlistEntry> forAuthorization(AuthorizationId id);

    /** Every entry, oldest first: the gallery keeps those whose authorization is in effect. */
    List<WatchlistEntry> all();

    /** Deletes the entry of {@code id} with its templates; returns how many rows were deleted. */
    long deleteUnder(AuthorizationId id);
}
