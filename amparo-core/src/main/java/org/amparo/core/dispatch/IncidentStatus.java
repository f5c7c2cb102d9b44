package org.amparo.core.dispatch;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an incident stands. Allowed moves: OPEN to DISPATCHED or CLOSED; DISPATCHED to ON_SCENE, back to OPEN
 * (every unit recalled) or CLOSED; ON_SCENE to CLOSED. CLOSED is final.
 */
public enum IncidentStatus {
    OPEN,
    DISPATCHED,
    ON_SCENE,
    CLOSED;

    /** The statuses this one may move to; empty for {@link #CLOSED}. */
    public Set<IncidentStatus> next() {
        return switch (this) {
            case OPEN -> EnumSet.of(DISPATCHED, CLOSED);
            case DISPATCHED -> EnumSet.of(ON_SCENE, OPEN, CLOSED);
            case ON_SCENE -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(IncidentStatus.class);
        };
    }

    public boolean canMoveTo(IncidentStatus target) {
        return next().contains(target);
    }
}
