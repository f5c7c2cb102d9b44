package org.amparo.core.monitoring;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.amparo.core.legal.AuthorizationId;

/** Persistence of monitoring orders and their rules. Called inside a transaction; thread-safe. */
public interface MonitoringOrderStore {
    /** Stores the order with its rules. */
    void insert(MonitoringOrderDefinition order);

    Optional<MonitoringOrderDefinition> find(MonitoringOrderId id);

    /** Every active order, oldest first. */
    List<MonitoringOrderDefinition> active();

    /** The active orders under one authorization. */
    List<MonitoringOrderDefinition> activeUnder(AuthorizationId authorization);

    /** Marks an active order ended at {@code at}; answers whether it was active. */
    boolean end(MonitoringOrderId id, Instant at);
}
