package org.amparo.core.dispatch;

import static org.amparo.core.dispatch.Units.available;
import static org.amparo.core.dispatch.Units.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.amparo.core.geo.GeoPoint;
import org.junit.jupiter.api.Test;

class GreatCircleEtaRankingTest {
    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final GeoPoint QUITO = new GeoPoint(-0.18, -78.47);
    private final GreatCircleEtaRanking ranking = GreatCircleEtaRanking.withDefaults();

    @Test
    void etaIsDistanceOverTheTypicalSpeed() {
        // 0.01 degree of latitude is 1,111.95 m on the mean sphere; 40 km/h is 11.11 m/s.
        Unit ambulance = available(1, UnitType.AMBULANCE, -0.17, -78.47, NOW);

        UnitProposal proposal = ranking.rank(IncidentType.MEDICAL, QUITO, List.of(ambulance), NOW)
                .getFirst();

        assertThat(proposal.distanceMeters()).isCloseTo(1_111.95, within(0.5));
        assertThat(proposal.eta().toMillis()).isCloseTo(100_075, within(50L));
        assertThat(proposal.etaSeconds()).isEqualTo(101);
    }

    @Test
    void onlySuitableTypesArePreferredTypesFirst() {
        Unit police = available(1, UnitType.POLICE_CAR, -0.181, -78.47, NOW);
        Unit fireNear = available(2, UnitType.FIRE_ENGINE, -0.182, -78.47, NOW);
        Unit ambulanceFar = available(3, UnitType.AMBULANCE, -0.30, -78.47, NOW);

        List<UnitProposal> medical =
                ranking.rank(IncidentType.MEDICAL, QUITO, List.of(police, fireNear, ambulanceFar), NOW);
        List<UnitProposal> fire = ranking.rank(IncidentType.FIRE, QUITO, List.of(police, fireNear, ambulanceFar), NOW);
        List<UnitProposal> traffic =
                ranking.rank(IncidentType.TRAFFIC, QUITO, List.of(police, fireNear, ambulanceFar), NOW);

        assertThat(medical).extracting(p -> p.unit().callSign()).containsExactly("AMBULANCE-3", "FIRE_ENGINE-2");
        assertThat(medical).extracting(UnitProposal::tier).containsExactly(0, 1);
        assertThat(fire).extracting(p -> p.unit().callSign()).containsExactly("FIRE_ENGINE-2");
        assertThat(traffic).extracting(p -> p.unit().callSign()).containsExactly("POLICE_CAR-1");
    }

    @Test
    void rescueTeamsAndFireEnginesRankTogetherByEta() {
        Unit rescueFar = available(1, UnitType.RESCUE_TEAM, -0.25, -78.47, NOW);
        Unit fireNear = available(2, UnitType.FIRE_ENGINE, -0.20, -78.47, NOW);

        List<UnitProposal> rescue = ranking.rank(IncidentType.RESCUE, QUITO, List.of(rescueFar, fireNear), NOW);

        assertThat(rescue).extracting(p -> p.unit().callSign()).containsExactly("FIRE_ENGINE-2", "RESCUE_TEAM-1");
        assertThat(rescue).extracting(UnitProposal::tier).containsExactly(0, 0);
    }

    @Test
    void onlyAvailableUnitsAreProposed() {
        List<Unit> units = new ArrayList<>();
        int n = 0;
        for (UnitStatus status : UnitStatus.values()) {
            units.add(unit(++n, UnitType.POLICE_CAR, status, -0.19, -78.47, NOW));
        }

        List<UnitProposal> proposals = ranking.rank(IncidentType.POLICE, QUITO, units, NOW);

        assertThat(proposals).extracting(p -> p.unit().status()).containsExactly(UnitStatus.AVAILABLE);
    }

    @Test
    void stalePositionsAndUnitsWithoutPositionAreLeftOut() {
        Unit fresh = available(1, UnitType.POLICE_CAR, -0.30, -78.47, NOW.minus(Duration.ofMinutes(5)));
        Unit stale = available(
                2,
                UnitType.POLICE_CAR,
                -0.181,
                -78.47,
                NOW.minus(Duration.ofMinutes(5).plusSeconds(1)));
        Unit future = available(3, UnitType.POLICE_CAR, -0.181, -78.47, NOW.plus(Duration.ofMinutes(6)));
        Unit unplaced = new Unit(
                new UnitId(new java.util.UUID(0, 4)), "P-4", UnitType.POLICE_CAR, "s", 2, UnitStatus.AVAILABLE, null);

        List<UnitProposal> proposals =
                ranking.rank(IncidentType.POLICE, QUITO, List.of(stale, future, unplaced, fresh), NOW);

        assertThat(proposals).extracting(p -> p.unit().callSign()).containsExactly("POLICE_CAR-1");
    }

    @Test
    void tiesBreakByCallSignThenIdWhateverTheInputOrder() {
        Unit b = available(2, UnitType.POLICE_CAR, -0.19, -78.47, NOW);
        Unit a = new Unit(
                new UnitId(new java.util.UUID(0, 9)),
                "A-1",
                UnitType.POLICE_CAR,
                "s",
                2,
                UnitStatus.AVAILABLE,
                b.lastPosition());
        Unit a2 = new Unit(
                new UnitId(new java.util.UUID(0, 8)),
                "A-1",
                UnitType.POLICE_CAR,
                "s",
                2,
                UnitStatus.AVAILABLE,
                b.lastPosition());

        List<UnitProposal> one = ranking.rank(IncidentType.POLICE, QUITO, List.of(b, a, a2), NOW);
        List<UnitProposal> other = ranking.rank(IncidentType.POLICE, QUITO, List.of(a2, b, a), NOW);

        assertThat(one)
                .extracting(p -> p.unit().id().value().getLeastSignificantBits())
                .containsExactly(8L, 9L, 2L);
        assertThat(other).isEqualTo(one);
    }

    @Test
    void rankingChangesNoUnit() {
        Unit unit = available(1, UnitType.POLICE_CAR, -0.19, -78.47, NOW);

        UnitProposal proposal =
                ranking.rank(IncidentType.POLICE, QUITO, List.of(unit), NOW).getFirst();

        assertThat(proposal.unit()).isEqualTo(unit);
        assertThat(proposal.unit().status()).isEqualTo(UnitStatus.AVAILABLE);
    }
}
