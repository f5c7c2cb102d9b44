package org.amparo.server.web;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.amparo.core.dispatch.ProvinceRef;
import org.amparo.core.dispatch.stats.IncidentStatsRow;
import org.amparo.core.dispatch.stats.ProvinceComparison;
import org.amparo.core.dispatch.stats.ResponseTime;
import org.jspecify.annotations.Nullable;

/**
 * The statistics dashboard's figures from the core's rows: totals, bar charts (drawn as inline SVG by the template,
 * no script), response times per province and the year-before comparison. Counts only, no personal data. Immutable
 * values; stateless helpers.
 */
final class StatsCharts {
    /** Where the bars start, percent of the chart's width; the labels are left of it. */
    private static final double BAR_START = 32;
    /** The widest bar, percent of the chart's width; the value is written right of it. */
    private static final double BAR_SPAN = 56;

    private StatsCharts() {}

    /** One bar: its label, its value, and its length relative to the chart's largest value. */
    record Bar(String label, long value, double ratio) {
        public String width() {
            return String.format(Locale.ROOT, "%.2f%%", Math.max(0.2, ratio * BAR_SPAN));
        }

        public String valueX() {
            return String.format(Locale.ROOT, "%.2f%%", BAR_START + ratio * BAR_SPAN + 1);
        }

        public String start() {
            return String.format(Locale.ROOT, "%.0f%%", BAR_START);
        }
    }

    /** Response times of one province: incidents, and the mean of each interval over those that have it. */
    record Response(String province, long incidents, String callToDispatch, String dispatchToScene) {}

    /** One province against the same period a year earlier. */
    record Comparison(
            String province,
            long before,
            long after,
            @Nullable Double changePercent,
            double beforeRatio,
            double afterRatio) {
        public String change() {
            return changePercent == null ? "—" : String.format(Locale.ROOT, "%+.1f %%", changePercent);
        }

        public String beforeWidth() {
            return String.format(Locale.ROOT, "%.2f%%", Math.max(0.5, beforeRatio * 100));
        }

        public String afterWidth() {
            return String.format(Locale.ROOT, "%.2f%%", Math.max(0.5, afterRatio * 100));
        }
    }

    static long total(List<IncidentStatsRow> rows) {
        return rows.stream().mapToLong(IncidentStatsRow::incidents).sum();
    }

    static List<Bar> byPeriod(List<IncidentStatsRow> rows) {
        Map<LocalDate, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.merge(r.period(), r.incidents(), Long::sum));
        Map<String, Long> labelled = new LinkedHashMap<>();
        counts.forEach((day, n) -> labelled.put(day.toString(), n));
        return bars(labelled);
    }

    static List<Bar> by(List<IncidentStatsRow> rows, Function<IncidentStatsRow, String> label) {
        Map<String, Long> counts = new TreeMap<>();
        rows.forEach(r -> counts.merge(label.apply(r), r.incidents(), Long::sum));
        return bars(counts);
    }

    static List<Response> responses(List<IncidentStatsRow> rows, String noProvince) {
        Map<String, List<IncidentStatsRow>> byProvince = new TreeMap<>();
        rows.forEach(r -> byProvince
                .computeIfAbsent(name(r.province(), noProvince), k -> new ArrayList<>())
                .add(r));
        List<Response> out = new ArrayList<>();
        byProvince.forEach((province, group) -> out.add(new Response(
                province,
                total(group),
                mean(group.stream().map(IncidentStatsRow::callToDispatch).toList()),
                mean(group.stream().map(IncidentStatsRow::dispatchToScene).toList()))));
        return out;
    }

    /** The mean over every incident of the group that has the interval, weighted by each row's count. */
    static String mean(List<ResponseTime> times) {
        long count = 0;
        double weighted = 0;
        for (ResponseTime t : times) {
            Duration mean = t.mean();
            if (mean != null) {
                count += t.count();
                weighted += (double) mean.toMillis() * t.count();
            }
        }
        return count == 0 ? "—" : DispatchRows.duration(Math.round(weighted / count / 1000));
    }

    static List<Comparison> comparisons(List<ProvinceComparison> rows, String noProvince) {
        long max = rows.stream()
                .mapToLong(c -> Math.max(c.before(), c.after()))
                .max()
                .orElse(0);
        return rows.stream()
                .sorted(Comparator.comparing(c -> name(c.province(), noProvince)))
                .map(c -> new Comparison(
                        name(c.province(), noProvince),
                        c.before(),
                        c.after(),
                        c.changePercent(),
                        ratio(c.before(), max),
                        ratio(c.after(), max)))
                .toList();
    }

    static String name(@Nullable ProvinceRef province, String noProvince) {
        return province == null ? noProvince : province.name();
    }

    private static List<Bar> bars(Map<String, Long> counts) {
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        counts.forEach((label, n) -> bars.add(new Bar(label, n, ratio(n, max))));
        return bars;
    }

    private static double ratio(long value, long max) {
        return max == 0 ? 0 : (double) value / max;
    }
}
