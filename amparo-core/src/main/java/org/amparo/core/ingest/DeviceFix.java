package org.amparo.core.ingest;

import java.time.Instant;
import java.util.Objects;
import org.amparo.core.geo.GeoPoint;

/**
 * One position report of one device, as decoded; immutable. Whether it is plausible is decided later
 * by {@link org.amparo.core.ingest.quality.FixFilter}.
 *
 * @param deviceIdentifier the identifier the device reports itself by (an IMEI, an app id,
 *     {@code user/device} for OwnTracks); see {@link DeviceIdentifiers} for what is allowed
 * @param at when the device says it took the fix
 * @param position where, in WGS 84 degrees
 * @param readings optional measurements, in SI units
 * @param source the protocol it arrived by
 */
public record DeviceFix(
        String deviceIdentifier, Instant at, GeoPoint position, FixReadings readings, FixSource source) {
    public DeviceFix {
        DeviceIdentifiers.requireValid(deviceIdentifier);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(readings, "readings");
        Objects.requireNonNull(source, "source");
    }
}
