package org.amparo.core.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.amparo.core.geo.GeoPoint;

class RankingProperties {
    private static final Instant NOW = Instant.parse("2025-03-01T09:00:00Z");
    private static final GeoPoint INCIDENT = new GeoPoint(-2.19, -79.89);

    /** With every unit type in one tier, the whole list is by non-decreasing ETA. */
    @Property
    void proposalsAreByNonDecreasingEtaAmongSuitableUnits(
            @ForAll("units") List<Unit> units, @ForAll IncidentType type) {
        Suitability oneTier = Suitability.allAlike(EnumSet.allOf(UnitType.class));
        UnitRanking ranking = new GreatCircleEtaRanking(oneTier, Duration.ofMinutes(5));

        List<UnitProposal> proposals = ranking.rank(type, INCIDENT, units, NOW);

        for (int i = 1; i < proposals.size(); i++) {
            assertThat(proposals.get(i).eta())
                    .isGreaterThanOrEqualTo(proposals.get(i - 1).eta());
        }
        assertThat(proposals).allSatisfy(p -> assertThat(p.unit().status()).isEqualTo(UnitStatus.AVAILABLE));
    }

    /** With the default tiers, proposals are by tier, and by non-decreasing ETA within a tier; none is dropped. */
    @Property
    void defaultRankingIsByTierThenEtaAndKeepsEverySuitableUnit(
            @ForAll("units") List<Unit> units, @ForAll IncidentType type) {
        List<UnitProposal> proposals = GreatCircleEtaRanking.withDefaults().rank(type, INCIDENT, units, NOW);

        for (int i = 1; i < proposals.size(); i++) {
            UnitProposal before = proposals.get(i - 1);
            UnitProposal after = proposals.get(i);
            assertThat(after.tier()).isGreaterThanOrEqualTo(before.tier());
            if (after.tier() == before.tier()) {
                assertThat(after.eta()).isGreaterThanOrEqualTo(before.eta());
            }
        }
        Suitability suitability = Suitability.defaults();
        long eligible = units.stream()
                .filter(u -> u.status() == UnitStatus.AVAILABLE)
                .filter(u -> suitability.tier(type, u.type()).isPresent())
                .filter(u -> !Units.position(u).at().isBefore(NOW.minus(Duration.ofMinutes(5))))
                .count();
        assertThat(proposals).hasSize((int) eligible);
        Set<UnitId> ids = proposals.stream().map(p -> p.unit().id()).collect(Collectors.toSet());
        assertThat(ids).hasSize(proposals.size());
    }

    @Provide
    Arbitrary<List<Unit>> units() {
        Arbitrary<Unit> unit = Combinators.combine(
                        Arbitraries.of(UnitType.values()),
                        Arbitraries.frequencyOf(
                                Tuple.of(3, Arbitraries.just(UnitStatus.AVAILABLE)),
                                Tuple.of(1, Arbitraries.of(UnitStatus.values()))),
                        Arbitraries.doubles().between(-2.5, -1.9),
                        Arbitraries.doubles().between(-80.2, -79.6),
                        Arbitraries.integers().between(0, 400))
                .as((type, status, lat, lon, ageSeconds) ->
                        Units.unit(0, type, status, lat, lon, NOW.minusSeconds(ageSeconds)));
        return unit.list().ofMaxSize(30).map(RankingProperties::numbered);
    }

    private static List<Unit> numbered(List<Unit> units) {
        List<Unit> result = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            UnitPosition at = Units.position(u);
            result.add(Units.unit(
                    i + 1,
                    u.type(),
                    u.status(),
                    at.point().latitude(),
                    at.point().longitude(),
                    at.at()));
        }
        return result;
    }
}
