package org.amparo.core.dispatch;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a unit stands. Allowed moves:
 *
 * <ul>
 *   <li>AVAILABLE to DISPATCHED or OUT_OF_SERVICE;
 *   <li>DISPATCHED to EN_ROUTE, or back to AVAILABLE (dispatch cancelled);
 *   <li>EN_ROUTE to ON_SCENE, or back to AVAILABLE (cancelled or diverted);
 *   <li>ON_SCENE to RETURNING or AVAILABLE (free on scene);
 *   <li>RETURNING to AVAILABLE, DISPATCHED (re-tasked on the way back) or OUT_OF_SERVICE;
 *   <li>OUT_OF_SERVICE to AVAILABLE.
 * </ul>
 *
 * Staying in the same status is not a move.
 */
public enum UnitStatus {
    AVAILABLE,
    DISPATCHED,
    EN_ROUTE,
    ON_SCENE,
    RETURNING,
    OUT_OF_SERVICE;

    /** The statuses this one may move to. */
    public Set<UnitStatus> next() {
        return switch (this) {
            case AVAILABLE -> EnumSet.of(DISPATCHED, OUT_OF_SERVICE);
            case DISPATCHED -> EnumSet.of(EN_ROUTE, AVAILABLE);
            case EN_ROUTE -> EnumSet.of(ON_SCENE, AVAILABLE);
            case ON_SCENE -> EnumSet.of(RETURNING, AVAILABLE);
            case RETURNING -> EnumSet.of(AVAILABLE, DISPATCHED, OUT_OF_SERVICE);
            case OUT_OF_SERVICE -> EnumSet.of(AVAILABLE);
        };
    }

    /** Whether a unit in this status may work on an incident (everything but AVAILABLE and OUT_OF_SERVICE). */
    public boolean assignable() {
        return this != AVAILABLE && this != OUT_OF_SERVICE;
    }

    public boolean canMoveTo(UnitStatus target) {
        return next().contains(target);
    }
}
