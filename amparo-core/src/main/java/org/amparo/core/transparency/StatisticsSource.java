package org.amparo.core.transparency;

import java.time.Instant;
import java.util.Map;

/** Reads the totals of counted events. Thread-safe. */
public interface StatisticsSource {
    /** Totals per kind and dimension of the events with {@code from <= at < to}. */
    Map<StatisticKind, Map<String, Long>> totals(Instant from, Instant to);
}
