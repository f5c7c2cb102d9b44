package org.amparo.core.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.AuthorizationStore;
import org.amparo.core.legal.SubjectId;
import org.jspecify.annotations.Nullable;

/**
 * Authorizations in a map; {@link #findForUpdate} locks nothing. Thread-safe (every method is
 * synchronized).
 */
public final class InMemoryAuthorizationStore implements AuthorizationStore {
    private static final Comparator<Authorization> NEWEST_FIRST =
            Comparator.comparing(Authorization::requestedAt).reversed();

    private final Map<AuthorizationId, Authorization> byId = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Authorization authorization) {
        if (byId.putIfAbsent(authorization.id(), authorization) != null) {
            throw new IllegalStateException("duplicate authorization " + authorization.id());
        }
    }

    @Override
    public synchronized void update(Authorization authorization) {
        if (byId.replace(authorization.id(), authorization) == null) {
            throw new IllegalStateException("no authorization " + authorization.id() + " to update");
        }
    }

    @Override
    public synchronized Optional<Authorization> find(AuthorizationId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Authorization> findForUpdate(AuthorizationId id) {
        return find(id);
    }

    @Override
    public synchronized List<Authorization> forSubject(SubjectId subjectId) {
        return select(a -> a.subjectId().equals(subjectId), NEWEST_FIRST, Integer.MAX_VALUE);
    }

    @Override
    public synchronized List<Authorization> list(@Nullable AuthorizationStatus status, int limit) {
        return select(a -> status == null || a.status() == status, NEWEST_FIRST, limit);
    }

    /**
     * Approved ones with {@code now >= expiresAt}; requested ones with {@code now >= expiresAt}, or
     * urgent requested ones with {@code now >= urgentDeadline}. Oldest request first.
     */
    @Override
    public synchronized List<Authorization> dueToEnd(Instant now, int limit) {
        return select(
                a -> switch (a.status()) {
                    case APPROVED -> !now.isBefore(a.expiresAt());
                    case REQUESTED -> !now.isBefore(a.expiresAt()) || (a.urgent() && !now.isBefore(a.urgentDeadline()));
                    case REJECTED, REVOKED, EXPIRED -> false;
                },
                Comparator.comparing(Authorization::requestedAt),
                limit);
    }

    private List<Authorization> select(Predicate<Authorization> filter, Comparator<Authorization> order, int limit) {
        return byId.values().stream().filter(filter).sorted(order).limit(limit).toList();
    }
}
