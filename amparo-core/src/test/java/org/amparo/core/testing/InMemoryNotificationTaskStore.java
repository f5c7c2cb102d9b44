package org.amparo.core.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.amparo.core.legal.NotificationTask;
import org.amparo.core.legal.NotificationTaskStore;
import org.jspecify.annotations.Nullable;

/** Notification tasks in a map. Thread-safe (every method is synchronized). */
public final class InMemoryNotificationTaskStore implements NotificationTaskStore {
    private final Map<UUID, NotificationTask> byId = new LinkedHashMap<>();

    @Override
    public synchronized void insert(NotificationTask task) {
        if (byId.putIfAbsent(task.id(), task) != null) {
            throw new IllegalStateException("duplicate notification task " + task.id());
        }
    }

    @Override
    public synchronized void update(NotificationTask task) {
        if (byId.replace(task.id(), task) == null) {
            throw new IllegalStateException("no notification task " + task.id() + " to update");
        }
    }

    @Override
    public synchronized Optional<NotificationTask> find(UUID id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<NotificationTask> list(NotificationTask.@Nullable Status status, int limit) {
        return byId.values().stream()
                .filter(t -> status == null || t.status() == status)
                .sorted(Comparator.comparing(NotificationTask::createdAt))
                .limit(limit)
                .toList();
    }

    public synchronized List<NotificationTask> all() {
        return List.copyOf(byId.values());
    }
}
