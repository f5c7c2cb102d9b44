package org.amparo.core.retention;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Transactions;
import org.amparo.core.transparency.StatisticKind;
import org.amparo.core.transparency.StatisticsRecorder;

/**
 * Enforces the retention policy: for each data class, deletes what is older than its maximum age,
 * batch by batch, each batch in its own transaction together with the audit entry that records it.
 * Thread-safe, but runs are expected one at a time (a scheduler calls {@link #purge}).
 */
public final class RetentionService {
    /** Records deleted per transaction: small enough that no table stays locked for long. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    private final RetentionPolicy policy;
    private final List<RetentionPurger> purgers;
    private final Transactions tx;
    private final AuditLog audit;
    private final StatisticsRecorder statistics;
    private final Clock clock;
    private final int batchSize;

    /** Creates the service; see {@link RetentionPorts} for the parts. */
    public RetentionService(RetentionPorts ports, RetentionPolicy policy, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be positive");
        }
        this.policy = policy;
        this.purgers = List.copyOf(ports.purgers());
        this.tx = ports.tx();
        this.audit = ports.audit();
        this.statistics = ports.statistics();
        this.clock = ports.clock();
        this.batchSize = batchSize;
    }

    /** Purges every class now; returns records deleted per class that has a purger. */
    public Map<DataClass, Long> purge() {
        Instant now = clock.instant();
        Map<DataClass, Long> deleted = new EnumMap<>(DataClass.class);
        for (RetentionPurger purger : purgers) {
            Instant cutoff = now.minus(policy.maxAge(purger.dataClass()));
            long total = 0;
            int n;
            do {
                n = tx.inTransaction(() -> purgeOneBatch(purger, cutoff, now));
                total += n;
            } while (n == batchSize);
            deleted.merge(purger.dataClass(), total, Long::sum);
        }
        return deleted;
    }

    private int purgeOneBatch(RetentionPurger purger, Instant cutoff, Instant now) {
        int n = purger.purgeBatch(cutoff, batchSize);
        if (n > 0) {
            audit.append(AuditRecord.by(Actor.system(), now)
                    .detail("class=" + purger.dataClass() + " deleted=" + n + " olderThan=" + cutoff)
                    .success(AuditAction.PURGE, AuditObjectType.RETENTION, purger.dataClass()));
            statistics.record(StatisticKind.DELETION, purger.dataClass().name(), now, n);
        }
        return n;
    }
}
