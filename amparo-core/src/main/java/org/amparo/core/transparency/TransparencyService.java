package org.amparo.core.transparency;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.amparo.core.legal.Purpose;
import org.amparo.core.transparency.TransparencyReport.PurposeCounts;

/** Computes {@link TransparencyReport}s from counted events. Thread-safe. */
public final class TransparencyService {
    private final StatisticsSource source;
    private final Clock clock;

    public TransparencyService(StatisticsSource source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    /** The report for {@code from <= t < to}; every purpose appears, with zeros when unused. */
    public TransparencyReport report(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the period must end after it starts");
        }
        Map<StatisticKind, Map<String, Long>> totals = source.totals(from, to);
        Map<String, PurposeCounts> byPurpose = new TreeMap<>();
        for (Purpose purpose : Purpose.values()) {
            String p = purpose.name();
            byPurpose.put(
                    p,
                    new PurposeCounts(
                            count(totals, StatisticKind.AUTHORIZATION_REQUESTED, p),
                            count(totals, StatisticKind.AUTHORIZATION_APPROVED, p),
                            count(totals, StatisticKind.AUTHORIZATION_REJECTED, p),
                            count(totals, StatisticKind.URGENT_USE, p)));
        }
        long matches = sum(totals, StatisticKind.MATCH);
        long confirmed = sum(totals, StatisticKind.MATCH_CONFIRMED);
        long rejected = sum(totals, StatisticKind.MATCH_REJECTED);
        Double falseMatchRate = confirmed + rejected == 0 ? null : (double) rejected / (confirmed + rejected);
        return new TransparencyReport(
                from,
                to,
                clock.instant(),
                byPurpose,
                matches,
                confirmed,
                rejected,
                falseMatchRate,
                new TreeMap<>(totals.getOrDefault(StatisticKind.ALERT, Map.of())),
                new TreeMap<>(totals.getOrDefault(StatisticKind.DELETION, Map.of())));
    }

    private static long count(Map<StatisticKind, Map<String, Long>> totals, StatisticKind kind, String dimension) {
        return totals.getOrDefault(kind, Map.of()).getOrDefault(dimension, 0L);
    }

    private static long sum(Map<StatisticKind, Map<String, Long>> totals, StatisticKind kind) {
        return totals.getOrDefault(kind, Map.of()).values().stream()
                .mapToLong(Long::longValue)
                .sum();
    }
}
