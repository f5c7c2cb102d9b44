package org.amparo.core.dispatch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import org.amparo.core.geo.GeoPoint;

/**
 * The default {@link UnitRanking}: straight-line (haversine) distance divided by the typical speed of the unit's
 * type ({@link UnitType#typicalSpeedKmh()}). Only {@link UnitStatus#AVAILABLE} units of a suitable type whose last
 * position is at most {@code maxPositionAge} old (and not more than that in the future, which a skewed device clock
 * can produce) are proposed; a unit without a position is never proposed, since its ETA is unknown.
 *
 * <p>Order: suitability tier (preferred types first), then ETA, then distance, then call sign, then unit id, so
 * that ties always break the same way. Immutable and thread-safe.
 */
public final class GreatCircleEtaRanking implements UnitRanking {
    /** Mean Earth radius (IUGG), metres. */
    private static final double EARTH_RADIUS_METERS = 6_371_008.8;

    private static final Comparator<UnitProposal> ORDER = Comparator.comparingInt(UnitProposal::tier)
            .thenComparing(UnitProposal::eta)
            .thenComparingDouble(UnitProposal::distanceMeters)
            .thenComparing(p -> p.unit().callSign())
            .thenComparing(p -> p.unit().id().value());

    private final Suitability suitability;
    private final Duration maxPositionAge;

    /**
     * @param suitability which unit types suit which incidents
     * @param maxPositionAge the oldest a unit's last position may be for the unit to be proposed; positive
     */
    public GreatCircleEtaRanking(Suitability suitability, Duration maxPositionAge) {
        if (maxPositionAge.isNegative() || maxPositionAge.isZero()) {
            throw new IllegalArgumentException("maxPositionAge is positive: " + maxPositionAge);
        }
        this.suitability = suitability;
        this.maxPositionAge = maxPositionAge;
    }

    /** The default suitability, positions at most five minutes old. */
    public static GreatCircleEtaRanking withDefaults() {
        return new GreatCircleEtaRanking(Suitability.defaults(), Duration.ofMinutes(5));
    }

    @Override
    public List<UnitProposal> rank(IncidentType type, GeoPoint location, Collection<Unit> units, Instant now) {
        List<UnitProposal> proposals = new ArrayList<>();
        for (Unit unit : units) {
            OptionalInt tier = suitability.tier(type, unit.type());
            UnitPosition position = unit.lastPosition();
            if (tier.isEmpty() || unit.status() != UnitStatus.AVAILABLE || position == null || !fresh(position, now)) {
                continue;
            }
            double meters = distanceMeters(position.point(), location);
            long millis = Math.round(meters / unit.type().typicalSpeedMetersPerSecond() * 1000);
            proposals.add(new UnitProposal(unit, tier.getAsInt(), meters, Duration.ofMillis(millis)));
        }
        proposals.sort(ORDER);
        return List.copyOf(proposals);
    }

    private boolean fresh(UnitPosition position, Instant now) {
        Duration age = Duration.between(position.at(), now).abs();
        return age.compareTo(maxPositionAge) <= 0;
    }

    /** Great-circle distance on a sphere of the mean Earth radius, metres. */
    static double distanceMeters(GeoPoint a, GeoPoint b) {
        double dLat = Math.toRadians(b.latitude() - a.latitude());
        double dLon = Math.toRadians(b.longitude() - a.longitude());
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(Math.toRadians(a.latitude()))
                        * Math.cos(Math.toRadians(b.latitude()))
                        * Math.sin(dLon / 2)
                        * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METERS * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
