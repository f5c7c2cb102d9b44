package org.amparo.core.alert;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.amparo.core.monitoring.MonitoringOrderId;

/** Persistence of alerts. Called inside a transaction; thread-safe. */
public interface AlertStore {
    void insert(Alert alert);

    /** Replaces the lifecycle fields (status, acknowledgement, escalation, resolution). */
    void update(Alert alert);

    Optional<Alert> find(AlertId id);

    /** The open (not resolved) alert of one rule of one order, if any. */
    Optional<Alert> findOpen(MonitoringOrderId order, String ruleId);

    List<Alert> list(AlertQuery query);

    /** Alerts still {@link AlertStatus#RAISED} that were raised at or before {@code cutoff}. */
    List<Alert> raisedUnacknowledgedSince(Instant cutoff, int limit);

    /** Every alert of one order, newest first, at most {@code limit}. */
    List<Alert> forOrder(MonitoringOrderId order, int limit);
}
