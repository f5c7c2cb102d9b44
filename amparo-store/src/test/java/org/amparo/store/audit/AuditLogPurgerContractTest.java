package org.amparo.store.audit;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.amparo.core.audit.AuditVerification;
import org.amparo.core.retention.DataClass;
import org.amparo.store.DatabaseTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The audit-log purge, run against every database: the kept chain still verifies. */
abstract class AuditLogPurgerContractTest extends DatabaseTestBase {
    private JdbcAuditLog log;
    private AuditLogPurger purger;

    @BeforeEach
    void log() {
        log = new JdbcAuditLog(dataSource(), 4);
        purger = new AuditLogPurger(dataSource());
    }

    /** Appends entries at T0 plus the given minutes, in order. */
    private void appendAt(long... minutes) {
        for (int i = 0; i < minutes.length; i++) {
            Instant at = T0.plus(Duration.ofMinutes(minutes[i]));
            int n = i;
            tx().inTransaction(() -> log.append(AuditRecords.record(at, n)));
        }
    }

    private int purge(Instant cutoff, int batchSize) {
        return tx().inTransaction(() -> purger.purgeBatch(cutoff, batchSize));
    }

    private long anchorSeq() {
        return sql().sql("SELECT seq FROM audit_anchor").query(Long.class).single();
    }

    @Test
    void purgesTheAuditLog() {
        assertThat(purger.dataClass()).isEqualTo(DataClass.AUDIT_LOG);
    }

    @Test
    void purgeMovesTheAnchorAndTheRestStillVerifies() {
        appendAt(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);

        assertThat(purge(T0.plus(Duration.ofSeconds(330)), 100)).isEqualTo(6);

        assertThat(anchorSeq()).isEqualTo(6);
        assertThat(log.verify()).isEqualTo(new AuditVerification.Valid(4, 10));
        assertThat(purge(T0.plus(Duration.ofSeconds(330)), 100)).isZero();
        tx().inTransaction(() -> log.append(AuditRecords.record(T0.plus(Duration.ofHours(1)), 11)));
        assertThat(log.verify()).isEqualTo(new AuditVerification.Valid(5, 11));
    }

    @Test
    void purgeDeletesAtMostOneBatch() {
        appendAt(0, 1, 2, 3, 4);

        assertThat(purge(T0.plus(Duration.ofDays(1)), 2)).isEqualTo(2);
        assertThat(purge(T0.plus(Duration.ofDays(1)), 2)).isEqualTo(2);

        assertThat(anchorSeq()).isEqualTo(4);
        assertThat(log.verify()).isEqualTo(new AuditVerification.Valid(1, 5));
    }

    @Test
    void purgingEverythingLeavesAVerifiableEmptyLog() {
        appendAt(0, 1, 2);

        assertThat(purge(T0.plus(Duration.ofDays(1)), 10)).isEqualTo(3);

        assertThat(log.verify()).isEqualTo(new AuditVerification.Valid(0, 3));
        tx().inTransaction(() -> log.append(AuditRecords.record(T0.plus(Duration.ofDays(2)), 3)));
        assertThat(log.verify()).isEqualTo(new AuditVerification.Valid(1, 4));
    }

    @Test
    void purgeStopsAtTheFirstEntryNotOlderThanTheCutoff() {
        appendAt(0, 1, 30, 2, 3);

        assertThat(purge(T0.plus(Duration.ofMinutes(10)), 100)).isEqualTo(2);

        assertThat(log.verify()).isEqualTo(new AuditVerification.Valid(3, 5));
    }

    @Test
    void purgeKeepsTamperedEntriesAsEvidence() {
        appendAt(0, 1, 2, 3, 4);
        sql().sql("UPDATE audit_log SET detail = 'tampered' WHERE seq = 2").update();

        assertThat(purge(T0.plus(Duration.ofDays(1)), 100)).isZero();

        assertThat(anchorSeq()).isZero();
        assertThat(log.verify())
                .isInstanceOfSatisfying(AuditVerification.Broken.class, b -> assertThat(b.firstBrokenEntry())
                        .isEqualTo(2));
    }
}
