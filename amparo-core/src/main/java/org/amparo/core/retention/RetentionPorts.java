package org.amparo.core.retention;

import java.time.Clock;
import java.util.List;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.engine.Transactions;
import org.amparo.core.transparency.StatisticsRecorder;

/**
 * What {@link RetentionService} needs.
 *
 * @param purgers one per stored data class
 * @param tx transactions
 * @param audit the audit log
 * @param statistics deletion counts for the transparency report
 * @param clock time source
 */
public record RetentionPorts(
        List<RetentionPurger> purgers, Transactions tx, AuditLog audit, StatisticsRecorder statistics, Clock clock) {}
