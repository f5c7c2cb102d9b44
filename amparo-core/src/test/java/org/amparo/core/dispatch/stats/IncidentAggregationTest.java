package org.amparo.core.dispatch.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.dispatch.ProvinceRef;
import org.junit.jupiter.api.Test;

class IncidentAggregationTest {
    private static final ZoneId GUAYAQUIL = ZoneId.of("America/Guayaquil");
    private static final ProvinceRef AZUAY = new ProvinceRef("id-azuay", "Azuay");
    private static final ProvinceRef COTOPAXI = new ProvinceRef("id-cotopaxi", "Cotopaxi");
    private static final ProvinceRef CHIMBORAZO = new ProvinceRef("id-chimborazo", "Chimborazo");

    private static IncidentFacts facts(String at, ProvinceRef province, long dispatchSeconds, long sceneSeconds) {
        Instant created = Instant.parse(at);
        Instant dispatched = dispatchSeconds < 0 ? null : created.plusSeconds(dispatchSeconds);
        Instant onScene = dispatched == null || sceneSeconds < 0 ? null : dispatched.plusSeconds(sceneSeconds);
        return new IncidentFacts(created, IncidentType.MEDICAL, Priority.P1, province, dispatched, onScene);
    }

    private static List<IncidentStatsRow> rows(Granularity g, IncidentFacts... facts) {
        IncidentAggregation aggregation = new IncidentAggregation(new StatsQuery(
                Instant.parse("2026-03-01T05:00:00Z"), Instant.parse("2026-04-01T05:00:00Z"), g, GUAYAQUIL));
        for (IncidentFacts f : facts) {
            aggregation.accept(f);
        }
        return aggregation.rows();
    }

    @Test
    void daysFollowTheAgencysCalendarNotUtc() {
        List<IncidentStatsRow> rows = rows(
                Granularity.DAY,
                facts("2026-03-02T04:30:00Z", AZUAY, 60, 300), // 23:30 on 1 March in Guayaquil
                facts("2026-03-02T05:30:00Z", AZUAY, 120, -1)); // 00:30 on 2 March

        assertThat(rows)
                .extracting(IncidentStatsRow::period)
                .containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2));
    }

    @Test
    void weeksStartOnMondayMonthsOnTheFirstAndResponseTimesComeFromTheTimeline() {
        IncidentFacts[] march = {
            facts("2026-03-02T15:00:00Z", AZUAY, 60, 300), // Monday
            facts("2026-03-08T15:00:00Z", AZUAY, 180, -1), // Sunday, same ISO week
            facts("2026-03-09T15:00:00Z", AZUAY, -1, -1), // next Monday, never dispatched
        };

        List<IncidentStatsRow> weeks = rows(Granularity.WEEK, march);
        List<IncidentStatsRow> months = rows(Granularity.MONTH, march);

        assertThat(weeks)
                .extracting(IncidentStatsRow::period, IncidentStatsRow::incidents)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 2), 2L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 3, 9), 1L));
        assertThat(weeks.getFirst().callToDispatch())
                .isEqualTo(new ResponseTime(2, Duration.ofSeconds(120), Duration.ofSeconds(180)));
        assertThat(weeks.getFirst().dispatchToScene())
                .isEqualTo(new ResponseTime(1, Duration.ofSeconds(300), Duration.ofSeconds(300)));
        assertThat(weeks.getLast().callToDispatch()).isEqualTo(ResponseTime.NONE);
        assertThat(months).singleElement().satisfies(r -> {
            assertThat(r.period()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(r.incidents()).isEqualTo(3);
        });
    }

    @Test
    void provincesSharingAnIsoCodeStayApartAndAreOrderedByName() {
        List<IncidentStatsRow> rows = rows(
                Granularity.MONTH,
                facts("2026-03-10T15:00:00Z", COTOPAXI, 60, 60),
                facts("2026-03-10T15:00:00Z", CHIMBORAZO, 60, 60),
                facts("2026-03-10T15:00:00Z", AZUAY, 60, 60),
                facts("2026-04-10T15:00:00Z", AZUAY, 60, 60)); // outside the query

        assertThat(rows).extracting(IncidentStatsRow::province).containsExactly(AZUAY, CHIMBORAZO, COTOPAXI);
    }
}
