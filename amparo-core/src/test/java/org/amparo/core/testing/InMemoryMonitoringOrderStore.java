package org.amparo.core.testing;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.core.monitoring.MonitoringOrderStore;
import org.amparo.core.monitoring.OrderStatus;

/** A {@link MonitoringOrderStore} in insertion order. Thread-safe (every method is synchronized). */
public final class InMemoryMonitoringOrderStore implements MonitoringOrderStore {
    private final Map<MonitoringOrderId, MonitoringOrderDefinition> orders = new LinkedHashMap<>();

    @Override
    public synchronized void insert(MonitoringOrderDefinition order) {
        orders.put(order.id(), order);
    }

    @Override
    public synchronized Optional<MonitoringOrderDefinition> find(MonitoringOrderId id) {
        return Optional.ofNullable(orders.get(id));
    }

    @Override
    public synchronized List<MonitoringOrderDefinition> active() {
        return orders.values().stream()
                .filter(o -> o.status() == OrderStatus.ACTIVE)
                .toList();
    }

    @Override
    public synchronized List<MonitoringOrderDefinition> activeUnder(AuthorizationId authorization) {
        return active().stream()
                .filter(o -> o.authorizationId().equals(authorization))
                .toList();
    }

    @Override
    public synchronized boolean end(MonitoringOrderId id, Instant at) {
        MonitoringOrderDefinition order = orders.get(id);
        if (order == null || order.status() != OrderStatus.ACTIVE) {
            return false;
        }
        orders.put(id, order.ended(at));
        return true;
    }
}
