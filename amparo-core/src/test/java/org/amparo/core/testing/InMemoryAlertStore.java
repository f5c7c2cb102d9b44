package org.amparo.core.testing;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.core.alert.Alert;
import org.amparo.core.alert.AlertId;
import org.amparo.core.alert.AlertQuery;
import org.amparo.core.alert.AlertStatus;
import org.amparo.core.alert.AlertStore;
import org.amparo.core.monitoring.MonitoringOrderId;

/** An {@link AlertStore} in a map. Thread-safe (every method is synchronized). */
public final class InMemoryAlertStore implements AlertStore {
    private final Map<AlertId, Alert> alerts = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Alert alert) {
        alerts.put(alert.id(), alert);
    }

    @Override
    public synchronized void update(Alert alert) {
        if (!alerts.containsKey(alert.id())) {
            throw new IllegalStateException("no alert " + alert.id());
        }
        alerts.put(alert.id(), alert);
    }

    @Override
    public synchronized Optional<Alert> find(AlertId id) {
        return Optional.ofNullable(alerts.get(id));
    }

    @Override
    public synchronized Optional<Alert> findOpen(MonitoringOrderId order, String ruleId) {
        return alerts.values().stream()
                .filter(a -> a.orderId().equals(order)
                        && a.ruleId().equals(ruleId)
                        && a.status().open())
                .findFirst();
    }

    @Override
    public synchronized List<Alert> list(AlertQuery q) {
        return alerts.values().stream()
                .filter(a -> q.since() == null || !a.raisedAt().isBefore(q.since()))
                .filter(a -> q.type() == null || a.type() == q.type())
                .filter(a -> q.statuses().isEmpty() || q.statuses().contains(a.status()))
                .sorted(Comparator.comparing(Alert::raisedAt).reversed())
                .limit(q.limit())
                .toList();
    }

    @Override
    public synchronized List<Alert> raisedUnacknowledgedSince(Instant cutoff, int limit) {
        return alerts.values().stream()
                .filter(a -> a.status() == AlertStatus.RAISED && !a.raisedAt().isAfter(cutoff))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Alert> forOrder(MonitoringOrderId order, int limit) {
        return alerts.values().stream()
                .filter(a -> a.orderId().equals(order))
                .sorted(Comparator.comparing(Alert::raisedAt).reversed())
                .limit(limit)
                .toList();
    }
}
