package org.amparo.core.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditResult;
import org.amparo.core.audit.AuditVerification;
import org.amparo.core.testing.DirectTransactions;
import org.amparo.core.testing.FakeClock;
import org.amparo.core.testing.InMemoryAuditLog;
import org.amparo.core.testing.InMemoryStatistics;
import org.amparo.core.transparency.StatisticKind;
import org.junit.jupiter.api.Test;

class RetentionServiceTest {
    private final FakeClock clock = new FakeClock();
    private final DirectTransactions tx = new DirectTransactions();
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final InMemoryStatistics statistics = new InMemoryStatistics();

    /** Returns scripted batch sizes (then zero) and remembers each call. */
    private static final class ScriptedPurger implements RetentionPurger {
        private final DataClass dataClass;
        private final Deque<Integer> script;
        final List<Instant> cutoffs = new ArrayList<>();
        final List<Integer> batchSizes = new ArrayList<>();

        ScriptedPurger(DataClass dataClass, Integer... batches) {
            this.dataClass = dataClass;
            this.script = new ArrayDeque<>(List.of(batches));
        }

        @Override
        public DataClass dataClass() {
            return dataClass;
        }

        @Override
        public int purgeBatch(Instant cutoff, int batchSize) {
            cutoffs.add(cutoff);
            batchSizes.add(batchSize);
            return script.isEmpty() ? 0 : script.removeFirst();
        }
    }

    private RetentionService service(int batchSize, RetentionPurger... purgers) {
        return new RetentionService(
                new RetentionPorts(List.of(purgers), tx, audit, statistics, clock),
                RetentionPolicy.of(Map.of(DataClass.SIGHTING, Duration.ofDays(30))),
                batchSize);
    }

    @Test
    void batchesLoopUntilAShortBatch() {
        ScriptedPurger sightings = new ScriptedPurger(DataClass.SIGHTING, 3, 3, 1, 3);

        Map<DataClass, Long> deleted = service(3, sightings).purge();

        assertThat(deleted).containsExactly(Map.entry(DataClass.SIGHTING, 7L));
        assertThat(sightings.batchSizes).containsExactly(3, 3, 3);
        assertThat(sightings.cutoffs).containsOnly(clock.instant().minus(Duration.ofDays(30)));
        assertThat(tx.count()).as("one transaction per batch").isEqualTo(3);
    }

    @Test
    void eachNonEmptyBatchAppendsOnePurgeEntryAndOneDeletionStatistic() {
        ScriptedPurger sightings = new ScriptedPurger(DataClass.SIGHTING, 2, 2, 0);
        ScriptedPurger fixes = new ScriptedPurger(DataClass.LOCATION_FIX, 1);

        service(2, sightings, fixes).purge();

        List<AuditEntry> purges = audit.entries().stream()
                .filter(e -> e.record().action() == AuditAction.PURGE)
                .toList();
        assertThat(purges).hasSize(3).allSatisfy(e -> {
            assertThat(e.record().result()).isEqualTo(AuditResult.SUCCESS);
            assertThat(e.record().objectType()).isEqualTo(AuditObjectType.RETENTION);
            assertThat(e.record().username()).isEqualTo("system");
        });
        assertThat(purges)
                .extracting(e -> e.record().objectId())
                .containsExactly("SIGHTING", "SIGHTING", "LOCATION_FIX");
        assertThat(purges.getFirst().record().detail()).contains("deleted=2");
        assertThat(statistics.events(StatisticKind.DELETION))
                .extracting(InMemoryStatistics.Event::dimension, InMemoryStatistics.Event::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SIGHTING", 2L),
                        org.assertj.core.groups.Tuple.tuple("SIGHTING", 2L),
                        org.assertj.core.groups.Tuple.tuple("LOCATION_FIX", 1L));
        assertThat(audit.verify()).isInstanceOf(AuditVerification.Valid.class);
    }

    @Test
    void nothingToDeleteLeavesNoEntry() {
        ScriptedPurger evidence = new ScriptedPurger(DataClass.EVIDENCE);

        assertThat(service(500, evidence).purge()).containsExactly(Map.entry(DataClass.EVIDENCE, 0L));
        assertThat(audit.entries()).isEmpty();
        assertThat(statistics.events()).isEmpty();
    }

    @Test
    void eachClassUsesItsOwnMaximumAge() {
        ScriptedPurger auditLog = new ScriptedPurger(DataClass.AUDIT_LOG);
        ScriptedPurger fixes = new ScriptedPurger(DataClass.LOCATION_FIX);

        service(10, auditLog, fixes).purge();

        assertThat(auditLog.cutoffs).containsExactly(clock.instant().minus(Duration.ofDays(730)));
        assertThat(fixes.cutoffs).containsExactly(clock.instant().minus(Duration.ofDays(90)));
    }

    @Test
    void theBatchSizeMustBePositive() {
        assertThatIllegalArgumentException().isThrownBy(() -> service(0));
    }
}
