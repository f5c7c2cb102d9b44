package org.amparo.core.dispatch.caller;

import java.time.Duration;

/**
 * The short limits of caller-location data within {@link org.amparo.core.retention.DataClass#CALLER_LOCATION}, whose
 * own maximum age counts from the close of the incident: a location matched to no incident is kept {@code
 * unmatched} from its arrival, a dead letter {@code deadLetters} from its arrival; neither longer than the class's
 * own limit. The purge deletes by the stricter of the two. Immutable.
 *
 * @param unmatched how long an unmatched location waits for its call; longer than the {@link MatchWindow}
 * @param deadLetters how long a refused message's excerpt is kept for diagnosis
 */
public record CallerRetention(Duration unmatched, Duration deadLetters) {
    /** Config key of {@link #unmatched}. */
    public static final String UNMATCHED_KEY = "amparo.retention.caller-location-unmatched";
    /** Config key of {@link #deadLetters}. */
    public static final String DEAD_LETTERS_KEY = "amparo.retention.caller-location-dead-letters";

    /** Defaults: unmatched locations 24 hours, dead letters 7 days. */
    public static final CallerRetention DEFAULT = new CallerRetention(Duration.ofHours(24), Duration.ofDays(7));

    public CallerRetention {
        if (unmatched.isNegative() || unmatched.isZero() || deadLetters.isNegative() || deadLetters.isZero()) {
            throw new IllegalArgumentException("retention limits are positive");
        }
    }

    /** Whether unmatched locations outlive the matching window, as they must to be matched to a later call. */
    public boolean coversWindow(MatchWindow window) {
        return unmatched.compareTo(window.window()) > 0;
    }
}
