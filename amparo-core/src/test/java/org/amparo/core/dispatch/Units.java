package org.amparo.core.dispatch;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.amparo.core.geo.GeoPoint;

/** Builds units for tests. */
final class Units {
    private Units() {}

    static Unit unit(int n, UnitType type, UnitStatus status, double lat, double lon, Instant at) {
        return new Unit(
                new UnitId(new UUID(0, n)),
                type.name() + "-" + n,
                type,
                "station-1",
                2,
                status,
                new UnitPosition(new GeoPoint(lat, lon), at));
    }

    static UnitPosition position(Unit unit) {
        return Objects.requireNonNull(unit.lastPosition(), "a test unit has a position");
    }

    static Unit available(int n, UnitType type, double lat, double lon, Instant at) {
        return unit(n, type, UnitStatus.AVAILABLE, lat, lon, at);
    }
}
