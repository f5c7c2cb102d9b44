package org.amparo.server.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amparo.core.access.Actor;
import org.amparo.core.dispatch.stats.Granularity;
import org.amparo.core.dispatch.stats.IncidentStatsRow;
import org.amparo.core.dispatch.stats.ProvinceComparison;
import org.amparo.core.dispatch.stats.StatisticsService;
import org.amparo.core.dispatch.stats.StatsQuery;
import org.amparo.core.engine.Outcome;
import org.amparo.server.api.IncidentStatsCsv;
import org.amparo.server.config.DispatchConfig;
import org.amparo.server.config.Settings;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The statistics dashboard of dispatchers, supervisors and auditors (charter section 7: the auditor sees statistics,
 * never live operations): incidents per period, province, type and priority, response times, a chosen period
 * against the same period a year earlier per province, and the CSV export. Dates are days of the agency's calendar
 * ({@code amparo.dispatch.time-zone}), both included. Counts only; every query is audited by the core.
 */
@Controller
public class StatsPageController {
    /** Default span: the last 30 days, today included. */
    static final int DEFAULT_DAYS = 30;
    /** Longest span counted by day: beyond it one bar a day is unreadable, so weeks or months are asked for. */
    static final int MAX_DAILY_DAYS = 92;

    private final StatisticsService statistics;
    private final MessageSource messages;
    private final ZoneId zone;
    private final Clock clock;

    public StatsPageController(StatisticsService statistics, MessageSource messages, Settings settings, Clock clock) {
        this.statistics = statistics;
        this.messages = messages;
        this.zone = settings.get(DispatchConfig.STATS_ZONE);
        this.clock = clock;
    }

    /** The period and grouping as typed, and as read when valid. */
    record Choice(
            String from,
            String to,
            String granularity,
            @Nullable StatsQuery query) {}

    @GetMapping("/stats")
    ModelAndView dashboard(
            @RequestParam(name = "from", required = false) @Nullable String from,
            @RequestParam(name = "to", required = false) @Nullable String to,
            @RequestParam(name = "granularity", required = false) @Nullable String granularity,
            Authentication auth,
            Locale locale) {
        List<String> bad = new ArrayList<>();
        Choice choice = choice(from, to, granularity, bad);
        ModelAndView page = new ModelAndView("stats");
        page.addObject("choice", choice);
        page.addObject("granularities", Granularity.values());
        page.addObject("zone", zone.getId());
        Refusal refusal = bad.isEmpty() ? null : new Refusal(HttpStatus.BAD_REQUEST, bad);
        StatsQuery query = choice.query();
        if (refusal == null && query != null) {
            refusal = fill(page, PageChrome.actor(auth), query, locale);
        }
        if (refusal != null) {
            page.addObject("errors", refusal.messages());
            page.setStatus(refusal.status());
        }
        return page;
    }

    /** The same rows as the dashboard, one line per period, province, type and priority. */
    @GetMapping("/stats/incidents.csv")
    ResponseEntity<String> csv(
            @RequestParam(name = "from", required = false) @Nullable String from,
            @RequestParam(name = "to", required = false) @Nullable String to,
            @RequestParam(name = "granularity", required = false) @Nullable String granularity,
            Authentication auth) {
        List<String> bad = new ArrayList<>();
        StatsQuery query = choice(from, to, granularity, bad).query();
        if (query == null) {
            return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body(String.join("\n", bad));
        }
        Outcome<List<IncidentStatsRow>> rows = statistics.incidents(PageChrome.actor(auth), query);
        if (!(rows instanceof Outcome.Done<List<IncidentStatsRow>>(List<IncidentStatsRow> found))) {
            Refusal refusal = Refusal.of(rows);
            return ResponseEntity.status(refusal.status())
                    .contentType(MediaType.TEXT_PLAIN)
                    .body(String.join("\n", refusal.messages()));
        }
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"incidents.csv\"")
                .body(IncidentStatsCsv.of(found));
    }

    private @Nullable Refusal fill(ModelAndView page, Actor actor, StatsQuery query, Locale locale) {
        Outcome<List<IncidentStatsRow>> counted = statistics.incidents(actor, query);
        if (!(counted instanceof Outcome.Done<List<IncidentStatsRow>>(List<IncidentStatsRow> rows))) {
            return Refusal.of(counted);
        }
        Outcome<List<ProvinceComparison>> compared =
                statistics.compareWithYearBefore(actor, query.from(), query.to(), zone);
        if (!(compared instanceof Outcome.Done<List<ProvinceComparison>>(List<ProvinceComparison> comparison))) {
            return Refusal.of(compared);
        }
        String none = messages.getMessage("stats.noProvince", null, locale);
        page.addObject("total", StatsCharts.total(rows));
        page.addObject(
                "callToDispatch",
                StatsCharts.mean(
                        rows.stream().map(IncidentStatsRow::callToDispatch).toList()));
        page.addObject(
                "dispatchToScene",
                StatsCharts.mean(
                        rows.stream().map(IncidentStatsRow::dispatchToScene).toList()));
        page.addObject("byPeriod", StatsCharts.byPeriod(rows));
        page.addObject("byProvince", StatsCharts.by(rows, r -> StatsCharts.name(r.province(), none)));
        page.addObject(
                "byType", StatsCharts.by(rows, r -> messages.getMessage("incidentType." + r.type(), null, locale)));
        page.addObject(
                "byPriority", StatsCharts.by(rows, r -> messages.getMessage("priority." + r.priority(), null, locale)));
        page.addObject("responses", StatsCharts.responses(rows, none));
        page.addObject("comparisons", StatsCharts.comparisons(comparison, none));
        return null;
    }

    /** The period and grouping of the request, defaults for what is absent; problems are added to {@code bad}. */
    private Choice choice(
            @Nullable String fromText, @Nullable String toText, @Nullable String granularityText, List<String> bad) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), zone);
        String to = orElse(toText, today.toString());
        String from = orElse(fromText, today.minusDays(DEFAULT_DAYS - 1L).toString());
        String granularity = orElse(granularityText, Granularity.DAY.name());
        LocalDate first = date(from, "from", bad);
        LocalDate last = date(to, "to", bad);
        Granularity grouping = null;
        try {
            grouping = Granularity.valueOf(granularity.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            bad.add("granularity: DAY, WEEK or MONTH");
        }
        if (first == null || last == null || grouping == null) {
            return new Choice(from, to, granularity, null);
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days < 1 || days > StatsQuery.MAX_DAYS) {
            bad.add("to: on or after from, at most " + StatsQuery.MAX_DAYS + " days later");
        } else if (grouping == Granularity.DAY && days > MAX_DAILY_DAYS) {
            bad.add("granularity: for more than " + MAX_DAILY_DAYS + " days choose WEEK or MONTH");
        }
        if (!bad.isEmpty()) {
            return new Choice(from, to, granularity, null);
        }
        Instant start = first.atStartOfDay(zone).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        return new Choice(from, to, grouping.name(), new StatsQuery(start, end, grouping, zone));
    }

    private static @Nullable LocalDate date(String text, String field, List<String> bad) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            bad.add(field + ": a date such as 2026-11-01");
            return null;
        }
    }

    private static String orElse(@Nullable String text, String fallback) {
        return text == null || text.isBlank() ? fallback : text.strip();
    }
}
