package org.amparo.core.legal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Persistence of authorizations. Called inside a transaction; thread-safe. */
public interface AuthorizationStore extends AuthorizationLookup {
    void insert(Authorization authorization);

    /** Replaces the stored state (status, decision, end) of an existing authorization. */
    void update(Authorization authorization);

    @Override
    Optional<Authorization> find(AuthorizationId id);

    /** Like {@link #find} but locks the row until the transaction ends, for a state change. */
    Optional<Authorization> findForUpdate(AuthorizationId id);

    @Override
    List<Authorization> forSubject(SubjectId subjectId);

    /** Authorizations in a status (all when null), newest request first, at most {@code limit}. */
    List<Authorization> list(@Nullable AuthorizationStatus status, int limit);

    /**
     * Authorizations that must end at {@code now}: approved ones past {@code expiresAt}, and undecided
     * urgent or unapproved ones past their window or their urgent decision deadline.
     */
    List<Authorization> dueToEnd(Instant now, int limit);

    /** The authorizations among {@code ids} that exist, by id; one query where possible. */
    default Map<AuthorizationId, Authorization> findAll(Collection<AuthorizationId> ids) {
        Map<AuthorizationId, Authorization> found = new HashMap<>();
        for (AuthorizationId id : ids) {
            find(id).ifPresent(a -> found.put(id, a));
        }
        return found;
    }
}
