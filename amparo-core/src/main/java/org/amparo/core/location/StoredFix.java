package org.amparo.core.location;

import java.time.Instant;
import java.util.Objects;
import org.amparo.core.device.DeviceId;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.jspecify.annotations.Nullable;

/**
 * A fix kept in a track: of a subject's device under an authorization, or of an agency unit (no
 * subject, no authorization). Fixes of devices under no authorization are never stored. Immutable.
 *
 * @param device the registered device
 * @param subject the subject it was bound to at {@code at}, or null for an agency unit
 * @param authorization the authorization that permitted keeping it, or null for an agency unit
 * @param at when the device took the fix
 * @param position where
 * @param readings accuracy, speed, battery...
 * @param source the protocol it arrived by
 * @param receivedAt when Amparo received it
 */
public record StoredFix(
        DeviceId device,
        @Nullable SubjectId subject,
        @Nullable AuthorizationId authorization,
        Instant at,
        GeoPoint position,
        FixReadings readings,
        FixSource source,
        Instant receivedAt) {
    public StoredFix {
        Objects.requireNonNull(device, "device");
        if ((subject == null) != (authorization == null)) {
            throw new IllegalArgumentException("a subject's fix names its authorization; a unit's fix names neither");
        }
    }
}
