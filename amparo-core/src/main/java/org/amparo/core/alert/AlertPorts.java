package org.amparo.core.alert;

import java.time.Clock;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Transactions;
import org.amparo.core.monitoring.MonitoringOrderStore;
import org.amparo.core.transparency.StatisticsRecorder;

/**
 * What {@link AlertService} needs.
 *
 * @param tx transactions
 * @param alerts alert store
 * @param orders monitoring orders (subject and authorization of an event's order)
 * @param audit audit log
 * @param statistics transparency counters
 * @param clock time source
 * @param outbox notices for external channels, queued in the same transaction
 * @param ids identifier source
 */
public record AlertPorts(
        Transactions tx,
        AlertStore alerts,
        MonitoringOrderStore orders,
        AuditLog audit,
        StatisticsRecorder statistics,
        Clock clock,
        Ids ids,
        AlertOutbox outbox) {}
