package org.amparo.core.legal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Persistence of subject notification tasks. Called inside a transaction; thread-safe. */
public interface NotificationTaskStore {
    void insert(NotificationTask task);

    void update(NotificationTask task);

    Optional<NotificationTask> find(UUID id);

    /** Tasks in a status (all when null), oldest first. */
    List<NotificationTask> list(NotificationTask.@Nullable Status status, int limit);

    /** The tasks of one authorization, oldest first (usually one: created when it ended). */
    default List<NotificationTask> forAuthorization(AuthorizationId authorizationId) {
        return list(null, Integer.MAX_VALUE).stream()
                .filter(t -> t.authorizationId().equals(authorizationId))
                .toList();
    }
}
