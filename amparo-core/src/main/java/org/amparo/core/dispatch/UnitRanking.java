package org.amparo.core.dispatch;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.amparo.core.geo.GeoPoint;

/**
 * Proposes units for an incident, best first. A replaceable component: the default is {@link
 * GreatCircleEtaRanking}; a road-network router may take its place. Implementations only rank: they never change
 * a unit or dispatch one (a dispatcher decides). Implementations are thread-safe and deterministic: the same
 * input gives the same order.
 */
public interface UnitRanking {
    /**
     * The units that could go to an incident of {@code type} at {@code location}, best first.
     *
     * @param type the incident's type
     * @param location the incident's location (an incident without one cannot be ranked for)
     * @param units the candidate units, in any order; unsuitable or unavailable ones are left out
     * @param now the current time, for judging how old a unit's position is
     */
    List<UnitProposal> rank(IncidentType type, GeoPoint location, Collection<Unit> units, Instant now);
}
