package org.amparo.core.dispatch;

import java.time.Duration;

/**
 * A unit proposed for an incident: a suggestion for the dispatcher, never a dispatch. Immutable.
 *
 * @param unit the unit as it was when ranked
 * @param tier how well its type suits the incident, 0 best (see {@link Suitability})
 * @param distanceMeters great-circle distance from the unit's last position to the incident, metres
 * @param eta estimated time to arrive, whole milliseconds
 */
public record UnitProposal(Unit unit, int tier, double distanceMeters, Duration eta) {
    public UnitProposal {
        if (tier < 0) {
            throw new IllegalArgumentException("tier is not negative: " + tier);
        }
        if (!(distanceMeters >= 0)) {
            throw new IllegalArgumentException("distance is a non-negative number of metres: " + distanceMeters);
        }
        if (eta.isNegative()) {
            throw new IllegalArgumentException("eta is not negative: " + eta);
        }
    }

    /** The ETA in whole seconds, rounded up, as the API shows it. */
    public long etaSeconds() {
        return eta.plusMillis(999).toSeconds();
    }
}
