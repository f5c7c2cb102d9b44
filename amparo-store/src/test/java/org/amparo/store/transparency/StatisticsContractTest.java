package org.amparo.store.transparency;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.amparo.core.transparency.StatisticKind;
import org.amparo.store.DatabaseTestBase;
import org.junit.jupiter.api.Test;

/** The contract of the statistics recorder and source, run against every database. */
abstract class StatisticsContractTest extends DatabaseTestBase {
    @Test
    void totalsSumPerKindAndDimensionInsideTheHalfOpenPeriod() {
        JdbcStatistics statistics = new JdbcStatistics(dataSource());
        statistics.record(StatisticKind.AUTHORIZATION_REQUESTED, "EMERGENCY_CALLER", T0);
        statistics.record(StatisticKind.AUTHORIZATION_REQUESTED, "EMERGENCY_CALLER", T0.plusSeconds(10));
        statistics.record(StatisticKind.AUTHORIZATION_REQUESTED, "SERIOUS_OFFENCE_SUSPECT", T0.plusSeconds(20));
        statistics.record(StatisticKind.DELETION, "AUDIT_LOG", T0.plusSeconds(30), 500);
        statistics.record(StatisticKind.DELETION, "AUDIT_LOG", T0.plusSeconds(40), 12);
        statistics.record(StatisticKind.MATCH, "FACE", T0.minusMillis(1));
        statistics.record(StatisticKind.ALERT, "ZONE_ENTERED", T0.plus(Duration.ofDays(1)));

        var totals = statistics.totals(T0, T0.plus(Duration.ofDays(1)));

        assertThat(totals)
                .containsOnlyKeys(StatisticKind.AUTHORIZATION_REQUESTED, StatisticKind.DELETION)
                .containsEntry(
                        StatisticKind.AUTHORIZATION_REQUESTED,
                        Map.of("EMERGENCY_CALLER", 2L, "SERIOUS_OFFENCE_SUSPECT", 1L))
                .containsEntry(StatisticKind.DELETION, Map.of("AUDIT_LOG", 512L));
        assertThat(statistics.totals(T0.minus(Duration.ofDays(2)), T0.minus(Duration.ofDays(1))))
                .isEmpty();
    }

    @Test
    void recordingJoinsTheCallersTransaction() {
        JdbcStatistics statistics = new JdbcStatistics(dataSource());
        try {
            tx().inTransaction(() -> {
                statistics.record(StatisticKind.ALERT, "ZONE_ENTERED", T0);
                throw new IllegalStateException("rolled back");
            });
        } catch (IllegalStateException expected) {
            // the counted action failed, so nothing may be counted
        }

        assertThat(statistics.totals(T0, T0.plusSeconds(1))).isEmpty();
    }
}
