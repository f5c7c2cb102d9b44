package org.amparo.core.dispatch.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Which incidents to count and how to group them: opened in {@code [from, to)}, in periods of {@code granularity}
 * starting at local midnight in {@code zone} (the agency's, e.g. {@code America/Guayaquil}). Immutable.
 *
 * @param from first instant counted
 * @param to first instant not counted; after {@code from}, at most {@value #MAX_DAYS} days later
 * @param granularity day, week or month
 * @param zone the zone whose calendar the periods follow
 */
public record StatsQuery(Instant from, Instant to, Granularity granularity, ZoneId zone) {
    /** The longest span one query covers, in days. */
    public static final int MAX_DAYS = 3 * 366;

    public StatsQuery {
        Objects.requireNonNull(granularity, "granularity");
        Objects.requireNonNull(zone, "zone");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (Duration.between(from, to).compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw new IllegalArgumentException("a query spans at most " + MAX_DAYS + " days");
        }
    }
}
