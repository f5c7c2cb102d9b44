package org.amparo.store.transparency;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.amparo.core.transparency.StatisticKind;
import org.amparo.core.transparency.StatisticsRecorder;
import org.amparo.core.transparency.StatisticsSource;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counters on {@code statistics_events}: each recorded count is one row (so recording never
 * contends on a shared counter row), summed per kind and dimension when read. Records in the
 * caller's transaction when there is one. Thread-safe.
 */
public final class JdbcStatistics implements StatisticsRecorder, StatisticsSource {
    private final JdbcClient jdbc;

    public JdbcStatistics(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void record(StatisticKind kind, String dimension, Instant at, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count is not negative: " + count);
        }
        jdbc.sql("""
                        INSERT INTO statistics_events (kind, dimension, occurred_at, event_count)
                        VALUES (:kind, :dimension, :at, :count)""")
                .param("kind", kind.name())
                .param("dimension", dimension)
                .param("at", Timestamps.param(at))
                .param("count", count)
                .update();
    }

    /** Totals per kind, each a map sorted by dimension; kinds without events are absent. */
    @Override
    public Map<StatisticKind, Map<String, Long>> totals(Instant from, Instant to) {
        Map<StatisticKind, Map<String, Long>> totals = new EnumMap<>(StatisticKind.class);
        jdbc.sql("""
                        SELECT kind, dimension, SUM(event_count) AS total FROM statistics_events
                        WHERE occurred_at >= :from AND occurred_at < :to
                        GROUP BY kind, dimension""")
                .param("from", Timestamps.param(from))
                .param("to", Timestamps.param(to))
                .query(rs -> {
                    totals.computeIfAbsent(StatisticKind.valueOf(rs.getString("kind")), k -> new TreeMap<>())
                            .put(rs.getString("dimension"), rs.getLong("total"));
                });
        return totals;
    }
}
