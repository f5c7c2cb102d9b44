package org.amparo.core.dispatch.stats;

import java.time.Instant;
import java.util.function.Consumer;

/**
 * Streams the facts of incidents opened in {@code [from, to)}, in no particular order, without holding them all:
 * a year of a national centre is millions of incidents. Runs in the caller's transaction; thread-safe.
 */
@FunctionalInterface
public interface IncidentFactsSource {
    void scan(Instant from, Instant to, Consumer<IncidentFacts> sink);
}
