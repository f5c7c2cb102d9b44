package org.amparo.core.ingest.emergency.aml;

import java.util.Locale;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.amparo.core.ingest.emergency.PositioningMethod;

/** The AML positioning method codes. Stateless. */
final class AmlMethods {
    private AmlMethods() {}

    /**
     * SMS codes: {@code G} GNSS, {@code W} Wi-Fi, {@code C} cell, {@code F} fused, {@code U} unknown, {@code N} none
     * (mapped to unknown; the caller turns it into "no location").
     */
    static PositioningMethod ofCode(String name, String code) throws AmlRejection {
        return switch (code) {
            case "G" -> PositioningMethod.GNSS;
            case "W" -> PositioningMethod.WIFI;
            case "C" -> PositioningMethod.CELL;
            case "F" -> PositioningMethod.HYBRID;
            case "U", "N" -> PositioningMethod.UNKNOWN;
            default -> throw new AmlRejection(InvalidReason.BAD_VALUE, name + " is not one of G, W, C, F, U, N");
        };
    }

    /** HTTPS {@code location_source}: gps, wifi, cell, fused, unknown, any case; null when not one of them. */
    static PositioningMethod ofSource(String source) throws AmlRejection {
        return switch (source.toLowerCase(Locale.ROOT)) {
            case "gps", "gnss" -> PositioningMethod.GNSS;
            case "wifi" -> PositioningMethod.WIFI;
            case "cell" -> PositioningMethod.CELL;
            case "fused", "hybrid" -> PositioningMethod.HYBRID;
            case "unknown", "" -> PositioningMethod.UNKNOWN;
            default -> throw new AmlRejection(InvalidReason.BAD_VALUE, "location_source is not gps/wifi/cell");
        };
    }
}
