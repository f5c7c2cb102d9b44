package org.amparo.core.transparency;

import java.time.Instant;

/**
 * Counts non-personal events for the transparency report. {@code dimension} is a purpose, a data
 * class or an alert kind: never a name, identifier or position. Called inside the transaction of
 * the counted action; thread-safe.
 */
public interface StatisticsRecorder {
    void record(StatisticKind kind, String dimension, Instant at, long count);

    default void record(StatisticKind kind, String dimension, Instant at) {
        record(kind, dimension, at, 1);
    }
}
