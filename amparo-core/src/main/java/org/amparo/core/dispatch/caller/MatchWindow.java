package org.amparo.core.dispatch.caller;

import java.time.Duration;
import java.time.Instant;

/**
 * How far apart a caller location and a call from the same number may be to belong together: a location received at
 * {@code t} matches a call taken in {@code [t - window, t + window]}. Handsets send AML within seconds of the call,
 * often before the call-taker has opened the incident; one hour is a generous default. Immutable.
 *
 * @param window the largest gap, positive and at most one day
 */
public record MatchWindow(Duration window) {
    /** Config key a server binds it to. */
    public static final String CONFIG_KEY = "amparo.dispatch.caller-location-match-window";

    /** The default: one hour before or after. */
    public static final MatchWindow DEFAULT = new MatchWindow(Duration.ofHours(1));

    public MatchWindow {
        if (window.isNegative() || window.isZero() || window.compareTo(Duration.ofDays(1)) > 0) {
            throw new IllegalArgumentException("the match window is positive and at most a day: " + window);
        }
    }

    public Instant from(Instant at) {
        return at.minus(window);
    }

    public Instant to(Instant at) {
        return at.plus(window);
    }
}
