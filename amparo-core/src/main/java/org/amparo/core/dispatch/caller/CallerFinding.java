package org.amparo.core.dispatch.caller;

import java.time.Instant;
import java.util.Objects;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.emergency.CallerLocation;
import org.amparo.core.ingest.emergency.CivicAddress;
import org.amparo.core.ingest.emergency.LocationResult;
import org.amparo.core.ingest.emergency.NoLocationReason;
import org.amparo.core.ingest.emergency.PositioningMethod;
import org.jspecify.annotations.Nullable;

/** What a stored caller-location message says about where the caller is: a location, or "no location". */
public sealed interface CallerFinding {
    /**
     * A position (with its uncertainty circle) or a civic address, or both. Immutable.
     *
     * @param point WGS 84 position, null for a civic-only location
     * @param radiusMeters uncertainty radius in metres, null when unknown
     * @param confidencePercent probability in percent (0 to 100) that the caller is within the radius, null if unstated
     * @param method how the position was found
     * @param positionedAt when the handset or server determined it, null when unknown
     * @param civic a civic address, when reported
     */
    record Position(
            @Nullable GeoPoint point,
            @Nullable Double radiusMeters,
            @Nullable Integer confidencePercent,
            PositioningMethod method,
            @Nullable Instant positionedAt,
            @Nullable CivicAddress civic)
            implements CallerFinding {
        public Position {
            Objects.requireNonNull(method, "method");
            if (point == null && civic == null) {
                throw new IllegalArgumentException("a position has a point or a civic address");
            }
            if (radiusMeters != null && !(radiusMeters > 0 && radiusMeters <= CallerLocation.MAX_RADIUS_METERS)) {
                throw new IllegalArgumentException("radius out of range: " + radiusMeters);
            }
            if (confidencePercent != null && (confidencePercent < 0 || confidencePercent > 100)) {
                throw new IllegalArgumentException("confidence out of range: " + confidencePercent);
            }
        }

        public static Position of(CallerLocation l) {
            return new Position(
                    l.position(),
                    l.radiusMeters(),
                    l.confidencePercent(),
                    l.method(),
                    l.timeOfPositioning(),
                    l.civicAddress());
        }
    }

    /**
     * A well-formed message without a usable position ("handset found no location"). Immutable.
     *
     * @param reason why
     * @param detail a short, non-personal explanation, at most {@link LocationResult#MAX_DETAIL_LENGTH} characters
     */
    record None(NoLocationReason reason, String detail) implements CallerFinding {
        public None {
            Objects.requireNonNull(reason, "reason");
            if (detail.length() > LocationResult.MAX_DETAIL_LENGTH) {
                detail = detail.substring(0, LocationResult.MAX_DETAIL_LENGTH);
            }
        }
    }
}
