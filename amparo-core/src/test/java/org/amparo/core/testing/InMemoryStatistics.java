package org.amparo.core.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.amparo.core.transparency.StatisticKind;
import org.amparo.core.transparency.StatisticsRecorder;
import org.amparo.core.transparency.StatisticsSource;

/** Counted events in a list, summed on read. Thread-safe (every method is synchronized). */
public final class InMemoryStatistics implements StatisticsRecorder, StatisticsSource {
    /** One recorded count. */
    public record Event(StatisticKind kind, String dimension, Instant at, long count) {}

    private final List<Event> events = new ArrayList<>();

    @Override
    public synchronized void record(StatisticKind kind, String dimension, Instant at, long count) {
        events.add(new Event(kind, dimension, at, count));
    }

    @Override
    public synchronized Map<StatisticKind, Map<String, Long>> totals(Instant from, Instant to) {
        Map<StatisticKind, Map<String, Long>> totals = new EnumMap<>(StatisticKind.class);
        for (Event e : events) {
            if (!e.at().isBefore(from) && e.at().isBefore(to)) {
                totals.computeIfAbsent(e.kind(), k -> new TreeMap<>()).merge(e.dimension(), e.count(), Long::sum);
            }
        }
        return totals;
    }

    public synchronized List<Event> events() {
        return List.copyOf(events);
    }

    /** The events of one kind, in recording order. */
    public synchronized List<Event> events(StatisticKind kind) {
        return events.stream().filter(e -> e.kind() == kind).toList();
    }
}
