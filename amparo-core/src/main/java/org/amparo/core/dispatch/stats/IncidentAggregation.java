package org.amparo.core.dispatch.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.dispatch.ProvinceRef;
import org.jspecify.annotations.Nullable;

/**
 * Sums incident facts into rows of one {@link StatsQuery}, in memory proportional to the number of groups, not of
 * incidents. Facts outside the query's range are ignored. Not thread-safe: one per query.
 */
public final class IncidentAggregation implements Consumer<IncidentFacts> {
    private static final Comparator<IncidentStatsRow> ORDER = Comparator.comparing(IncidentStatsRow::period)
            .thenComparing(
                    IncidentStatsRow::province,
                    Comparator.nullsLast(Comparator.comparing(ProvinceRef::name).thenComparing(ProvinceRef::id)))
            .thenComparing(IncidentStatsRow::type)
            .thenComparing(IncidentStatsRow::priority);

    private record Key(LocalDate period, @Nullable ProvinceRef province, IncidentType type, Priority priority) {}

    private final StatsQuery query;
    private final Map<Key, Group> groups = new HashMap<>();

    public IncidentAggregation(StatsQuery query) {
        this.query = query;
    }

    @Override
    public void accept(IncidentFacts facts) {
        if (facts.createdAt().isBefore(query.from()) || !facts.createdAt().isBefore(query.to())) {
            return;
        }
        LocalDate day = LocalDate.ofInstant(facts.createdAt(), query.zone());
        Key key = new Key(query.granularity().periodOf(day), facts.province(), facts.type(), facts.priority());
        Group group = groups.computeIfAbsent(key, k -> new Group());
        group.incidents++;
        group.callToDispatch.add(facts.createdAt(), facts.firstDispatch());
        group.dispatchToScene.add(facts.firstDispatch(), facts.firstOnScene());
    }

    /** The rows so far: by period, province name (none last), type, priority. */
    public List<IncidentStatsRow> rows() {
        List<IncidentStatsRow> rows = new ArrayList<>(groups.size());
        groups.forEach((k, g) -> rows.add(new IncidentStatsRow(
                k.period(),
                k.province(),
                k.type(),
                k.priority(),
                g.incidents,
                g.callToDispatch.summary(),
                g.dispatchToScene.summary())));
        rows.sort(ORDER);
        return List.copyOf(rows);
    }

    private static final class Group {
        long incidents;
        final Interval callToDispatch = new Interval();
        final Interval dispatchToScene = new Interval();
    }

    /** One response interval; an end before its start (a clock fault) is left out rather than counted negative. */
    private static final class Interval {
        long count;
        long sumMillis;
        long maxMillis;

        void add(@Nullable Instant start, @Nullable Instant end) {
            if (start == null || end == null || end.isBefore(start)) {
                return;
            }
            long millis = Duration.between(start, end).toMillis();
            count++;
            sumMillis += millis;
            maxMillis = Math.max(maxMillis, millis);
        }

        ResponseTime summary() {
            return count == 0
                    ? ResponseTime.NONE
                    : new ResponseTime(
                            count,
                            Duration.ofMillis(Math.round((double) sumMillis / count)),
                            Duration.ofMillis(maxMillis));
        }
    }
}
