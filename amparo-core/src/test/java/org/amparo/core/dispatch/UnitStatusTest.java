package org.amparo.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.amparo.core.engine.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class UnitStatusTest {
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void aUnitGoesThroughAWholeIncident() {
        Unit unit = Units.available(1, UnitType.AMBULANCE, -0.18, -78.47, T0);
        for (UnitStatus next : new UnitStatus[] {
            UnitStatus.DISPATCHED, UnitStatus.EN_ROUTE, UnitStatus.ON_SCENE, UnitStatus.RETURNING, UnitStatus.AVAILABLE
        }) {
            unit = unit.moveTo(next).orElseThrow();
            assertThat(unit.status()).isEqualTo(next);
        }
    }

    @Test
    void anAvailableUnitCannotJumpToOnScene() {
        Unit unit = Units.available(1, UnitType.AMBULANCE, -0.18, -78.47, T0);

        Outcome<Unit> refused = unit.moveTo(UnitStatus.ON_SCENE);

        assertThat(refused).isInstanceOfSatisfying(Outcome.Conflict.class, c -> assertThat(c.reason())
                .contains("AMBULANCE-1", "AVAILABLE", "ON_SCENE"));
    }

    @Test
    void anOutOfServiceUnitCanOnlyComeBack() {
        assertThat(UnitStatus.OUT_OF_SERVICE.next()).containsExactly(UnitStatus.AVAILABLE);
        assertThat(UnitStatus.AVAILABLE.next())
                .containsExactlyInAnyOrder(UnitStatus.DISPATCHED, UnitStatus.OUT_OF_SERVICE);
    }

    @ParameterizedTest
    @EnumSource(UnitStatus.class)
    void noStatusMovesToItselfAndEveryStatusCanReachAvailable(UnitStatus status) {
        assertThat(status.canMoveTo(status)).isFalse();
        Set<UnitStatus> reached = EnumSet.of(status);
        boolean grew = true;
        while (grew) {
            Set<UnitStatus> more = EnumSet.copyOf(reached);
            reached.forEach(s -> more.addAll(s.next()));
            grew = more.size() > reached.size();
            reached = more;
        }
        assertThat(reached).contains(UnitStatus.AVAILABLE);
    }

    @Test
    void anOlderFixDoesNotReplaceANewerOne() {
        Unit unit = Units.available(1, UnitType.AMBULANCE, -0.18, -78.47, T0);

        Unit same = unit.reportedAt(new UnitPosition(new org.amparo.core.geo.GeoPoint(-1, -78), T0.minusSeconds(1)));

        assertThat(same).isSameAs(unit);
    }

    @Test
    void incidentStatusMovesAreEnforcedAndClosingSetsTheTime() {
        Incident open = Incident.open(
                new IncidentId(new UUID(1, 1)),
                IncidentType.MEDICAL,
                Priority.P1,
                new CallerNumber("+593991234567"),
                new CallId(new UUID(2, 2)),
                T0);

        assertThat(open.moveTo(IncidentStatus.ON_SCENE, T0)).isInstanceOf(Outcome.Conflict.class);
        Incident closed = open.moveTo(IncidentStatus.DISPATCHED, T0.plusSeconds(60))
                .orElseThrow()
                .moveTo(IncidentStatus.CLOSED, T0.plusSeconds(600))
                .orElseThrow();
        assertThat(closed.closedAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(closed.moveTo(IncidentStatus.OPEN, T0.plusSeconds(700))).isInstanceOf(Outcome.Conflict.class);
        assertThat(open.moveTo(IncidentStatus.DISPATCHED, T0.minusSeconds(1))).isInstanceOf(Outcome.Conflict.class);
    }

    @Test
    void callerNumberIsMaskedInTextAndLinkedCallsDoNotRepeat() {
        CallerNumber number = CallerNumber.parse("+593 99 123-4567").orElseThrow();
        CallId first = new CallId(new UUID(2, 2));
        Incident incident =
                Incident.open(new IncidentId(new UUID(1, 1)), IncidentType.FIRE, Priority.P2, number, first, T0);

        assertThat(number.value()).isEqualTo("+593991234567");
        assertThat(incident.toString()).doesNotContain("991234");
        assertThat(incident.linkCall(first)).isSameAs(incident);
        assertThat(CallerNumber.parse("call me")).isEmpty();
        assertThat(Priority.ofLevel(5)).isEmpty();
        assertThat(Priority.ofLevel(1)).contains(Priority.P1);
    }
}
