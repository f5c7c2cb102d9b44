package org.amparo.server.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.amparo.core.access.Actor;
import org.amparo.core.dispatch.stats.Granularity;
import org.amparo.core.dispatch.stats.IncidentStatsRow;
import org.amparo.core.dispatch.stats.ResponseTime;
import org.amparo.core.dispatch.stats.StatisticsService;
import org.amparo.core.dispatch.stats.StatsQuery;
import org.amparo.core.engine.Outcome;
import org.amparo.core.transparency.TransparencyReport;
import org.amparo.core.transparency.TransparencyService;
import org.amparo.server.config.DispatchConfig;
import org.amparo.server.config.Settings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The plots of the supervisor's and the auditor's home pages, from aggregates only (CHARTER section 7): alerts per
 * hour of the last 24 hours by type and confirmed against rejected face matches per week with the false-match rate,
 * both from the counts of the transparency report; mean response times per day from the statistics service, which
 * audits its query. Hours and weeks are UTC, as the transparency report's days are; days of response times are the
 * agency's ({@code amparo.dispatch.time-zone}), as on the statistics page. Thread-safe.
 */
@Component
public class HomePlots {
    /** Hours in the alerts plot. */
    static final int HOURS = 24;
    /** Days in the response-times plot, today included. */
    static final int DAYS = 7;
    /** Weeks in the false-match plot, this week included. */
    static final int WEEKS = 8;

    private static final DateTimeFormatter HOUR =
            DateTimeFormatter.ofPattern("HH:00", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final TransparencyService transparency;
    private final StatisticsService statistics;
    private final MessageSource messages;
    private final Formats formats;
    private final ZoneId zone;
    private final Clock clock;

    public HomePlots(
            TransparencyService transparency,
            StatisticsService statistics,
            MessageSource messages,
            Formats formats,
            Settings settings,
            Clock clock) {
        this.transparency = transparency;
        this.statistics = statistics;
        this.messages = messages;
        this.formats = formats;
        this.zone = settings.get(DispatchConfig.STATS_ZONE);
        this.clock = clock;
    }

    /** Every plot the actor may see; the response times are left out when the statistics service refuses. */
    public List<Plot> all(Actor actor, Locale locale) {
        List<Plot> plots = new ArrayList<>();
        plots.add(alertsPerHour(locale));
        Plot responses = responseTimes(actor, locale);
        if (responses != null) {
            plots.add(responses);
        }
        plots.add(falseMatches(locale));
        return plots;
    }

    /** Alerts raised per UTC hour over the last 24 hours, the current hour last, stacked by the types that occurred. */
    Plot alertsPerHour(Locale locale) {
        Instant current = clock.instant().truncatedTo(ChronoUnit.HOURS);
        List<Instant> hours = new ArrayList<>();
        List<Map<String, Long>> counts = new ArrayList<>();
        Map<String, Long> totals = new TreeMap<>();
        for (int i = HOURS - 1; i >= 0; i--) {
            Instant start = current.minus(Duration.ofHours(i));
            Map<String, Long> alerts =
                    transparency.report(start, start.plus(Duration.ofHours(1))).alerts();
            hours.add(start);
            counts.add(alerts);
            alerts.forEach((type, n) -> totals.merge(type, n, Long::sum));
        }
        List<String> types = List.copyOf(totals.keySet());
        List<Plot.Row> rows = new ArrayList<>();
        for (int i = 0; i < hours.size(); i++) {
            Map<String, Long> alerts = counts.get(i);
            List<Long> values =
                    types.stream().map(t -> alerts.getOrDefault(t, 0L)).toList();
            rows.add(new Plot.Row(HOUR.format(hours.get(i)), values, cells(values), ""));
        }
        long total = totals.values().stream().mapToLong(Long::longValue).sum();
        return new Plot(
                "plot-alerts",
                text("plot.alerts.title", locale),
                text("plot.alerts.summary", locale, total, types.size()),
                types.stream().map(t -> alertType(t, locale)).toList(),
                rows,
                "",
                false);
    }

    /** Mean call-to-dispatch and dispatch-to-scene times per day of the last week; null when refused. */
    @Nullable
    Plot responseTimes(Actor actor, Locale locale) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        LocalDate first = today.minusDays(DAYS - 1L);
        StatsQuery query = new StatsQuery(
                first.atStartOfDay(zone).toInstant(),
                today.plusDays(1).atStartOfDay(zone).toInstant(),
                Granularity.DAY,
                zone);
        if (!(statistics.incidents(actor, query) instanceof Outcome.Done<List<IncidentStatsRow>>(var found))) {
            return null;
        }
        List<Plot.Row> rows = new ArrayList<>();
        long incidents = 0;
        for (LocalDate day = first; !day.isAfter(today); day = day.plusDays(1)) {
            LocalDate d = day;
            List<IncidentStatsRow> ofDay =
                    found.stream().filter(r -> r.period().equals(d)).toList();
            long toDispatch = meanSeconds(
                    ofDay.stream().map(IncidentStatsRow::callToDispatch).toList());
            long toScene = meanSeconds(
                    ofDay.stream().map(IncidentStatsRow::dispatchToScene).toList());
            long n = StatsCharts.total(ofDay);
            incidents += n;
            List<Long> values = List.of(Math.max(0, toDispatch), Math.max(0, toScene));
            rows.add(new Plot.Row(
                    day.toString().substring(5),
                    values,
                    List.of(duration(toDispatch), duration(toScene)),
                    Long.toString(n)));
        }
        return new Plot(
                "plot-response",
                text("plot.response.title", locale),
                text("plot.response.summary", locale, incidents, zone.getId()),
                List.of(text("stats.callToDispatch", locale), text("stats.dispatchToScene", locale)),
                rows,
                text("plot.response.incidents", locale),
                true);
    }

    /** Face matches confirmed and rejected per UTC week (Monday first), with the false-match rate of each week. */
    Plot falseMatches(Locale locale) {
        LocalDate monday = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Plot.Row> rows = new ArrayList<>();
        long confirmed = 0;
        long rejected = 0;
        for (int i = WEEKS - 1; i >= 0; i--) {
            LocalDate week = monday.minusWeeks(i);
            TransparencyReport report = transparency.report(
                    week.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    week.plusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            confirmed += report.matchesConfirmed();
            rejected += report.matchesRejected();
            List<Long> values = List.of(report.matchesConfirmed(), report.matchesRejected());
            rows.add(new Plot.Row(
                    week.toString().substring(5), values, cells(values), formats.percent(report.falseMatchRate())));
        }
        Double rate = confirmed + rejected == 0 ? null : (double) rejected / (confirmed + rejected);
        return new Plot(
                "plot-false-matches",
                text("plot.matches.title", locale),
                text("plot.matches.summary", locale, confirmed, rejected, formats.percent(rate)),
                List.of(text("plot.matches.confirmed", locale), text("plot.matches.rejected", locale)),
                rows,
                text("plot.matches.rate", locale),
                false);
    }

    /** The mean over the incidents that have the interval, weighted by each row's count, in seconds; -1 when none. */
    static long meanSeconds(List<ResponseTime> times) {
        long count = 0;
        double weighted = 0;
        for (ResponseTime t : times) {
            Duration mean = t.mean();
            if (mean != null) {
                count += t.count();
                weighted += (double) mean.toMillis() * t.count();
            }
        }
        return count == 0 ? -1 : Math.round(weighted / count / 1000);
    }

    private static String duration(long seconds) {
        return seconds < 0 ? "—" : DispatchRows.duration(seconds);
    }

    private static List<String> cells(List<Long> values) {
        return values.stream().map(String::valueOf).toList();
    }

    /** The type's name as the alert queue writes it; a kind without a text keeps its code. */
    private String alertType(String type, Locale locale) {
        String text = messages.getMessage("alertType." + type, null, type, locale);
        return text == null ? type : text;
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
