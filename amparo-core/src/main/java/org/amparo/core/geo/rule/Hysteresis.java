package org.amparo.core.geo.rule;

/**
 * The anti-flapping parameters shared by the distance rules (stay-within, stay-out, curfew,
 * keep-apart). Immutable.
 *
 * <p>With {@code d} the signed distance to the boundary (negative inside), {@code a} the accuracy
 * radius and {@code m} the margin, a fix is evidence for <em>inside</em> iff {@code d <= -(a + m)},
 * evidence for <em>outside</em> iff {@code d > a + m}, and inconclusive otherwise: the margin widens
 * the uncertain band on both sides of the boundary, so a breach begins only clearly beyond it and
 * ends only clearly back. Inconclusive fixes neither advance nor cancel a pending change; a fix of
 * the confirmed side cancels it. A change is confirmed by {@link Dwell}.
 *
 * @param marginMeters zero or positive, finite
 * @param dwell the evidence needed to confirm a change
 */
public record Hysteresis(double marginMeters, Dwell dwell) {
    /** No margin, no dwell: the plain accuracy-aware fence. */
    public static final Hysteresis NONE = new Hysteresis(0, Dwell.NONE);

    public Hysteresis {
        if (!(marginMeters >= 0 && marginMeters < 1_000_000)) {
            throw new IllegalArgumentException("margin must be in [0, 1000 km): " + marginMeters);
        }
    }
}
