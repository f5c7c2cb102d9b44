package org.amparo.core.dispatch;

import java.util.Objects;
import org.amparo.core.device.DeviceId;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator or supervisor enters to create a unit. Checked by the service (a refusal, not a bug).
 *
 * @param callSign radio call sign, unique
 * @param type the kind of unit
 * @param station its station
 * @param crewSize people on board
 * @param device the registered agency device that reports its position, or null
 */
public record NewUnit(
        String callSign,
        UnitType type,
        String station,
        int crewSize,
        @Nullable DeviceId device) {
    /** Longest call sign, in characters. */
    public static final int MAX_CALL_SIGN = 32;
    /** Longest station name, in characters. */
    public static final int MAX_STATION = 100;

    public NewUnit {
        Objects.requireNonNull(type, "type");
        callSign = callSign.strip();
        station = station.strip();
    }
}
