package org.amparo.core.dispatch;

import java.time.Instant;
import java.util.Objects;
import org.amparo.core.geo.GeoPoint;

/**
 * Where a unit was last reported, and when the fix was taken. Immutable.
 *
 * @param point the position
 * @param at when the device measured it (not when the server received it)
 */
public record UnitPosition(GeoPoint point, Instant at) {
    public UnitPosition {
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(at, "at");
    }
}
