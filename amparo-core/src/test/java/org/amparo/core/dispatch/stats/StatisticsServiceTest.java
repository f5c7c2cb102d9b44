package org.amparo.core.dispatch.stats;

import static org.amparo.core.testing.DispatchTestbed.ADA;
import static org.amparo.core.testing.DispatchTestbed.AUGUSTO;
import static org.amparo.core.testing.DispatchTestbed.DORA;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditResult;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.dispatch.ProvinceRef;
import org.amparo.core.dispatch.Unit;
import org.amparo.core.dispatch.UnitStatus;
import org.amparo.core.dispatch.UnitType;
import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.testing.DispatchTestbed;
import org.junit.jupiter.api.Test;

class StatisticsServiceTest {
    private static final GeoPoint NORTH = new GeoPoint(0, -78);
    private static final GeoPoint SOUTH = new GeoPoint(-3, -79);

    private final DispatchTestbed bed = new DispatchTestbed();

    @Test
    void responseTimesComeFromTheDispatchersTimeline() {
        Incident incident = bed.incident("+593991234567", IncidentType.MEDICAL, Priority.P1, SOUTH);
        Instant day = bed.clock.instant();
        Unit unit = bed.unit("AMB-1", UnitType.AMBULANCE, SOUTH);
        bed.after(Duration.ofSeconds(90));
        bed.dispatch.dispatch(DORA, incident.id(), unit.id()).orElseThrow();
        bed.after(Duration.ofMinutes(7));
        bed.dispatch.changeUnitStatus(DORA, unit.id(), UnitStatus.EN_ROUTE).orElseThrow();
        bed.dispatch.changeUnitStatus(DORA, unit.id(), UnitStatus.ON_SCENE).orElseThrow();

        List<IncidentStatsRow> rows = bed.statistics
                .incidents(AUGUSTO, new StatsQuery(day, day.plus(Duration.ofDays(1)), Granularity.DAY, ZoneOffset.UTC))
                .orElseThrow();

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.province()).isEqualTo(ProvinceRef.of(DispatchTestbed.SOUTH));
            assertThat(r.callToDispatch().mean()).isEqualTo(Duration.ofSeconds(90));
            assertThat(r.dispatchToScene().mean()).isEqualTo(Duration.ofMinutes(7));
        });
        assertThat(bed.audited(AuditAction.SEARCH, AuditResult.SUCCESS, AuditObjectType.REPORT))
                .hasSize(1);
    }

    @Test
    void aPeriodIsComparedWithTheSamePeriodAYearEarlierPerProvince() {
        Instant lastYear = bed.clock.instant();
        for (int i = 0; i < 4; i++) {
            bed.incident("+59399000000" + i, IncidentType.POLICE, Priority.P2, NORTH);
        }
        bed.incident("+593990000009", IncidentType.POLICE, Priority.P2, null);
        bed.clock.set(lastYear.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
        Instant thisYear = bed.clock.instant();
        for (int i = 0; i < 3; i++) {
            bed.incident("+59399100000" + i, IncidentType.POLICE, Priority.P2, NORTH);
        }
        bed.incident("+593991000009", IncidentType.POLICE, Priority.P2, SOUTH);

        List<ProvinceComparison> rows = bed.statistics
                .compareWithYearBefore(DORA, thisYear, thisYear.plus(Duration.ofDays(1)), ZoneOffset.UTC)
                .orElseThrow();

        assertThat(rows)
                .containsExactly(
                        new ProvinceComparison(ProvinceRef.of(DispatchTestbed.NORTH), 4, 3, -25.0),
                        new ProvinceComparison(ProvinceRef.of(DispatchTestbed.SOUTH), 0, 1, null),
                        new ProvinceComparison(null, 1, 0, -100.0));
    }

    @Test
    void administratorsDoNotReadStatisticsAndTheRefusalIsAudited() {
        Instant now = bed.clock.instant();

        assertThat(bed.statistics.compareWithYearBefore(ADA, now, now.plusSeconds(60), ZoneOffset.UTC))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(bed.audited(AuditAction.SEARCH, AuditResult.DENIED, AuditObjectType.REPORT))
                .hasSize(1);
    }
}
