package org.amparo.store.audit;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.amparo.core.audit.AuditAnchor;
import org.amparo.core.audit.AuditChain;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditVerification;
import org.amparo.core.retention.DataClass;
import org.amparo.core.retention.RetentionPurger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Purges {@link DataClass#AUDIT_LOG}: deletes the oldest entries, in sequence order, while they are
 * older than the cutoff, and moves {@code audit_anchor} to the last one deleted, so that the kept
 * chain still verifies from its new anchor. It stops at the first entry not older than the cutoff
 * even if later ones are (clocks can step back), because the kept part must stay a gapless chain.
 *
 * <p>The batch is verified before it is deleted: when it is broken (tampered with, or with a gap),
 * nothing is deleted and the break is logged, so that the purge never destroys the evidence of
 * tampering; {@link JdbcAuditLog#verify()} keeps reporting it until it is dealt with.
 *
 * <p>Must run inside a transaction; it locks the anchor row, so purges run one at a time.
 * Thread-safe.
 */
public final class AuditLogPurger implements RetentionPurger {
    private static final Logger LOG = LoggerFactory.getLogger(AuditLogPurger.class);

    private final JdbcClient jdbc;

    public AuditLogPurger(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public DataClass dataClass() {
        return DataClass.AUDIT_LOG;
    }

    @Override
    public int purgeBatch(Instant cutoff, int batchSize) {
        AuditAnchor anchor = AuditRows.pointer(jdbc, "audit_anchor", true);
        List<AuditEntry> batch = oldest(anchor, cutoff, batchSize);
        if (batch.isEmpty()) {
            return 0;
        }
        if (AuditChain.verify(anchor, batch) instanceof AuditVerification.Broken broken) {
            LOG.error(
                    "audit purge refused: entry {} is broken ({}); the entries are kept as evidence",
                    broken.firstBrokenEntry(),
                    broken.reason());
            return 0;
        }
        AuditEntry last = batch.getLast();
        int deleted = jdbc.sql("DELETE FROM audit_log WHERE seq > :after AND seq <= :last")
                .param("after", anchor.seq())
                .param("last", last.seq())
                .update();
        if (deleted != batch.size()) {
            throw new IllegalStateException(
                    "audit purge expected to delete " + batch.size() + " entries, deleted " + deleted);
        }
        AuditRows.movePointer(jdbc, "audit_anchor", AuditChain.anchorOf(last));
        return deleted;
    }

    /** The first entries after the anchor, as long as they are older than the cutoff. */
    private List<AuditEntry> oldest(AuditAnchor anchor, Instant cutoff, int batchSize) {
        List<AuditEntry> first = jdbc.sql(AuditRows.SELECT_ENTRIES + " WHERE seq > :after ORDER BY seq LIMIT :limit")
                .param("after", anchor.seq())
                .param("limit", batchSize)
                .query(AuditRows::entry)
                .list();
        int old = 0;
        while (old < first.size() && first.get(old).record().at().isBefore(cutoff)) {
            old++;
        }
        return first.subList(0, old);
    }
}
