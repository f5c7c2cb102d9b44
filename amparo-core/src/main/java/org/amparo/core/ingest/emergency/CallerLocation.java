package org.amparo.core.ingest.emergency;

import java.time.Instant;
import org.amparo.core.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * Where an emergency caller is, as the handset or network reports it. Supplementary to the call's own location
 * (charter section 4); personal data, kept only while its incident is open plus the retention limit, and never
 * beyond {@link #retentionExpiry()} when that is set. Immutable.
 *
 * <p>At least one of {@link #position()} and {@link #civicAddress()} is present: a PIDF-LO document may carry only
 * a civic address.
 *
 * @param call what the message says about the call and handset
 * @param position WGS 84 position, or null for a civic-only location
 * @param radiusMeters uncertainty radius around {@code position} in metres, null when unknown (AML sends 0 for
 *     unknown, which is mapped to null)
 * @param confidencePercent probability in percent, 0 to 100, that the caller is within the radius; null when the
 *     message does not say
 * @param altitudeMeters altitude in metres above the WGS 84 ellipsoid when reported
 * @param method how the position was found
 * @param timeOfPositioning when the handset or server determined the position, null when unknown
 * @param civicAddress a civic address when reported
 * @param retentionExpiry PIDF-LO {@code retention-expiry}: the instant after which the location must not be kept
 */
public record CallerLocation(
        CallContext call,
        @Nullable GeoPoint position,
        @Nullable Double radiusMeters,
        @Nullable Integer confidencePercent,
        @Nullable Double altitudeMeters,
        PositioningMethod method,
        @Nullable Instant timeOfPositioning,
        @Nullable CivicAddress civicAddress,
        @Nullable Instant retentionExpiry) {
    /** The largest radius accepted, in metres: a few hundred kilometres covers the coarsest cell location. */
    public static final double MAX_RADIUS_METERS = 1_000_000;

    public CallerLocation {
        if (position == null && civicAddress == null) {
            throw new IllegalArgumentException("a caller location has a position or a civic address");
        }
        if (radiusMeters != null && !(radiusMeters > 0 && radiusMeters <= MAX_RADIUS_METERS)) {
            throw new IllegalArgumentException("radius must be in (0, " + MAX_RADIUS_METERS + "] m: " + radiusMeters);
        }
        if (confidencePercent != null && (confidencePercent < 0 || confidencePercent > 100)) {
            throw new IllegalArgumentException("confidence must be 0 to 100 percent: " + confidencePercent);
        }
        if (altitudeMeters != null && !Double.isFinite(altitudeMeters)) {
            throw new IllegalArgumentException("altitude must be finite");
        }
    }

    /** The format the location arrived in. */
    public LocationSource source() {
        return call.source();
    }

    /** True when an AML v1 {@code ml} attribute disagrees with the real message length. */
    public boolean lengthMismatch() {
        return call.lengthMismatch();
    }

    /** True when {@code retentionExpiry} is set and not after {@code now}: use for the call at hand, do not store. */
    public boolean retentionExpiredAt(Instant now) {
        return retentionExpiry != null && !retentionExpiry.isAfter(now);
    }
}
