package org.amparo.core.geo.track;

import org.amparo.core.geo.rule.Dwell;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.zone.Presence;
import org.jspecify.annotations.Nullable;

/**
 * Hysteresis and dwell over a stream of signed distances: the confirmed side (inside or outside)
 * changes only after a run of conclusive fixes on the other side, as {@link Hysteresis} and {@link
 * Dwell} define. Not thread-safe; owned by one evaluator.
 */
final class FenceTracker {
    private final double marginMeters;
    private final long dwellMillis;
    private final int dwellFixes;

    private @Nullable Presence confirmed;
    private @Nullable Presence pending;
    private int pendingFixes;
    private long pendingSinceMillis;

    FenceTracker(Hysteresis hysteresis) {
        this.marginMeters = hysteresis.marginMeters();
        this.dwellMillis = hysteresis.dwell().minDuration().toMillis();
        this.dwellFixes = hysteresis.dwell().minFixes();
    }

    /** The confirmed side, INSIDE or OUTSIDE, or null before the first confirmation. */
    @Nullable
    Presence confirmed() {
        return confirmed;
    }

    /**
     * Takes one observation and answers whether the confirmed side changed with it.
     *
     * @param signedDistanceMeters distance to the boundary, negative inside
     * @param accuracyMeters the accuracy radius of the evidence
     * @param atMillis its time; not earlier than the previous observation's
     */
    boolean observe(double signedDistanceMeters, double accuracyMeters, long atMillis) {
        double band = accuracyMeters + marginMeters;
        Presence side;
        if (signedDistanceMeters <= -band) {
            side = Presence.INSIDE;
        } else if (signedDistanceMeters > band) {
            side = Presence.OUTSIDE;
        } else {
            return false;
        }
        if (side == confirmed) {
            pending = null;
            return false;
        }
        if (side != pending) {
            pending = side;
            pendingFixes = 0;
            pendingSinceMillis = atMillis;
        }
        pendingFixes++;
        if (pendingFixes >= dwellFixes && atMillis - pendingSinceMillis >= dwellMillis) {
            confirmed = side;
            pending = null;
            return true;
        }
        return false;
    }
}
