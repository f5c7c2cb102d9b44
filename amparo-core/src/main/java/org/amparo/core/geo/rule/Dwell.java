package org.amparo.core.geo.rule;

import java.time.Duration;

/**
 * How long the evidence for a change must last before the change is confirmed: a run of conclusive
 * fixes on the new side, at least {@code minFixes} of them, the last at least {@code minDuration}
 * after the first. Both conditions must hold; {@link #NONE} confirms on the first conclusive fix.
 * The same dwell applies to starting and to ending a breach. Immutable.
 *
 * @param minDuration from the first to the last fix of the run; zero or positive
 * @param minFixes at least 1
 */
public record Dwell(Duration minDuration, int minFixes) {
    /** No dwell: one conclusive fix confirms. */
    public static final Dwell NONE = new Dwell(Duration.ZERO, 1);

    public Dwell {
        if (minDuration.isNegative()) {
            throw new IllegalArgumentException("dwell duration must not be negative: " + minDuration);
        }
        if (minFixes < 1) {
            throw new IllegalArgumentException("dwell needs at least one fix: " + minFixes);
        }
    }

    public static Dwell fixes(int minFixes) {
        return new Dwell(Duration.ZERO, minFixes);
    }

    public static Dwell of(Duration minDuration) {
        return new Dwell(minDuration, 1);
    }
}
