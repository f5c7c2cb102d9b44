package org.amparo.store.audit;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditChain;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.AuditResult;
import org.amparo.core.audit.AuditUsage;
import org.amparo.core.audit.AuditVerification;
import org.amparo.store.DatabaseTestBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of {@link AuditLog}, run against every database: chaining, tamper evidence, locking. */
abstract class AuditLogContractTest extends DatabaseTestBase {
    private static final int PAGE_SIZE = 7;

    private JdbcAuditLog log;

    @BeforeEach
    void log() {
        log = new JdbcAuditLog(dataSource(), PAGE_SIZE);
    }

    private List<AuditEntry> append(int count) {
        List<AuditEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AuditRecord record =
                    AuditRecords.record(T0.plus(Duration.ofMinutes(i)).plusMillis(i), i);
            entries.add(tx().inTransaction(() -> log.append(record)));
        }
        return entries;
    }

    @Test
    void emptyLogVerifies() {
        assertThat(log.verify()).isEqualTo(new AuditVerification.Valid(0, 0));
    }

    @Test
    void appendsChainedEntriesThatVerifyAcrossPages() {
        List<AuditEntry> entries = append(3 * PAGE_SIZE + 2);

        assertThat(entries)
                .extracting(AuditEntry::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(1, 23).boxed().toList());
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(log.verify()).isEqualTo(new AuditVerification.Valid(23, 23));
    }

    @Test
    void appendingABatchGivesTheEntriesOfAppendingOneByOne() {
        append(2);
        List<AuditRecord> records = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            records.add(AuditRecords.record(T0.plus(Duration.ofHours(1)).plusMillis(i), 100 + i));
        }
        List<AuditEntry> batch = tx().inTransaction(() -> log.appendAll(records));
        AuditEntry after = append(1).getFirst();

        assertThat(batch)
                .extracting(AuditEntry::seq)
                .containsExactlyElementsOf(LongStream.rangeClosed(3, 14).boxed().toList());
        assertThat(batch).extracting(AuditEntry::record).containsExactlyElementsOf(records);
        assertThat(log.between(T0.plus(Duration.ofHours(1)), T0.plus(Duration.ofHours(2)), 100))
                .isEqualTo(batch);
        assertThat(after.seq()).isEqualTo(15);
        assertThat(after.previousHash()).isEqualTo(batch.getLast().hash());
        assertThat(log.verify()).isEqualTo(new AuditVerification.Valid(15, 15));
        assertThatThrownBy(() -> log.appendAll(records)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void betweenReturnsEveryFieldInTimeOrder() {
        List<AuditEntry> entries = append(10);

        assertThat(log.between(T0.plus(Duration.ofMinutes(2)), T0.plus(Duration.ofMinutes(5)), 100))
                .containsExactlyElementsOf(entries.subList(2, 5));
        assertThat(log.between(T0, T0.plus(Duration.ofDays(1)), 2)).containsExactlyElementsOf(entries.subList(0, 2));
        assertThat(log.between(T0.minusSeconds(60), T0, 10)).isEmpty();
    }

    @Test
    void usageCountsTheEntriesOfOneAuthorizationByKindWithFirstAndLast() {
        List<AuditEntry> entries = append(10);
        Actor approver = new Actor("approver", Set.of(Role.APPROVER));
        tx().inTransaction(() -> log.append(AuditRecord.by(approver, T0.plus(Duration.ofHours(2)))
                .authorization("3f1c2a9e-1d2b-4c3d-8e4f-5a6b7c8d9e0f")
                .detail("decided")
                .success(AuditAction.APPROVE, AuditObjectType.AUTHORIZATION, "3f1c2a9e")));

        // The even records are reads of subjects under that authorization; the odd ones have none.
        assertThat(log.usage("3f1c2a9e-1d2b-4c3d-8e4f-5a6b7c8d9e0f"))
                .containsExactly(
                        new AuditUsage(
                                AuditAction.READ,
                                AuditObjectType.SUBJECT,
                                AuditResult.SUCCESS,
                                5,
                                entries.get(0).record().at(),
                                entries.get(8).record().at()),
                        new AuditUsage(
                                AuditAction.APPROVE,
                                AuditObjectType.AUTHORIZATION,
                                AuditResult.SUCCESS,
                                1,
                                T0.plus(Duration.ofHours(2)),
                                T0.plus(Duration.ofHours(2))));
        assertThat(log.usage("00000000-0000-0000-0000-000000000000")).isEmpty();
    }

    @Test
    void latestReturnsTheNewestFirst() {
        List<AuditEntry> entries = append(10);
        assertThat(log.latest(3)).containsExactly(entries.get(9), entries.get(8), entries.get(7));
        assertThat(log.latest(100)).hasSize(10);
    }

    @Test
    void editingOneRowIsReportedAtThatEntry() {
        append(5);
        sql().sql("UPDATE audit_log SET detail = 'nothing to see' WHERE seq = 3")
                .update();

        AuditVerification result = log.verify();

        assertThat(result).isInstanceOf(AuditVerification.Broken.class);
        AuditVerification.Broken broken = (AuditVerification.Broken) result;
        assertThat(broken.firstBrokenEntry()).isEqualTo(3);
        assertThat(broken.verifiedEntries()).isEqualTo(2);
    }

    @Test
    void editingARowOnALaterPageIsFound() {
        append(4 * PAGE_SIZE);
        sql().sql("UPDATE audit_log SET username = 'someone.else' WHERE seq = 22")
                .update();

        assertThat(log.verify())
                .isInstanceOfSatisfying(AuditVerification.Broken.class, b -> assertThat(b.firstBrokenEntry())
                        .isEqualTo(22));
    }

    @Test
    void deletingAMiddleRowIsReportedAsMissing() {
        append(5);
        sql().sql("DELETE FROM audit_log WHERE seq = 3").update();

        assertThat(log.verify()).isInstanceOfSatisfying(AuditVerification.Broken.class, b -> {
            assertThat(b.firstBrokenEntry()).isEqualTo(3);
            assertThat(b.reason()).contains("missing");
        });
    }

    @Test
    void cuttingOffTheEndIsReportedAsMissing() {
        append(5);
        sql().sql("DELETE FROM audit_log WHERE seq >= 4").update();

        assertThat(log.verify()).isInstanceOfSatisfying(AuditVerification.Broken.class, b -> {
            assertThat(b.firstBrokenEntry()).isEqualTo(4);
            assertThat(b.verifiedEntries()).isEqualTo(3);
        });
    }

    @Test
    void rewritingTheLastEntryWithAValidHashIsCaughtByTheHead() {
        List<AuditEntry> entries = append(3);
        AuditEntry last = entries.getLast();
        AuditRecord r = last.record();
        AuditRecord forged = new AuditRecord(
                r.at(),
                r.username(),
                r.roles(),
                r.action(),
                r.objectType(),
                r.objectId(),
                r.authorizationId(),
                r.justification(),
                r.result(),
                "forged");
        sql().sql("UPDATE audit_log SET detail = 'forged', entry_hash = :hash WHERE seq = 3")
                .param("hash", AuditChain.hash(3, forged, last.previousHash()))
                .update();

        assertThat(log.verify())
                .isInstanceOfSatisfying(AuditVerification.Broken.class, b -> assertThat(b.firstBrokenEntry())
                        .isEqualTo(3));
    }

    @Test
    void anEntryRollsBackWithItsTransaction() {
        append(2);
        assertThatThrownBy(() -> tx().inTransaction(() -> {
                    log.append(AuditRecords.record(T0, 7));
                    throw new IllegalStateException("the audited action fails");
                }))
                .hasMessage("the audited action fails");

        assertThat(log.verify()).isEqualTo(new AuditVerification.Valid(2, 2));
        assertThat(append(1).getFirst().seq()).isEqualTo(3);
    }

    @Test
    void appendingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> log.append(AuditRecords.record(T0, 1))).isInstanceOf(IllegalStateException.class);
        assertThat(log.verify()).isEqualTo(new AuditVerification.Valid(0, 0));
    }

    @Test
    void concurrentAppendsStayOneGaplessChain() throws Exception {
        int threads = 4;
        int perThread = 50;
        ExecutorService pool = Executors.newFixedThreadPool(
                threads, Thread.ofPlatform().name("audit-append-", 0).factory());
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        AuditRecord record = AuditRecords.record(T0.plusMillis(thread * 1000L + i), i);
                        tx().inTransaction(() -> log.append(record));
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(log.verify()).isEqualTo(new AuditVerification.Valid(200, 200));
        assertThat(sql().sql("SELECT COUNT(DISTINCT seq) FROM audit_log")
                        .query(Long.class)
                        .single())
                .isEqualTo(200);
    }
}
