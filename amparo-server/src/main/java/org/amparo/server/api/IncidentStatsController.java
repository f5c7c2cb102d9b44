package org.amparo.server.api;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amparo.core.dispatch.ProvinceRef;
import org.amparo.core.dispatch.stats.Granularity;
import org.amparo.core.dispatch.stats.IncidentStatsRow;
import org.amparo.core.dispatch.stats.ProvinceComparison;
import org.amparo.core.dispatch.stats.ResponseTime;
import org.amparo.core.dispatch.stats.StatisticsService;
import org.amparo.core.dispatch.stats.StatsQuery;
import org.amparo.server.config.DispatchConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Incident statistics (no personal data; each query audited): per period, province, type and priority with
 * response times, as JSON or CSV ({@code Accept: text/csv} or {@code format=csv}), and a period compared with the
 * same period a year earlier per province. {@code from} and {@code to} are dates of the agency's calendar ({@code
 * amparo.dispatch.time-zone}), both included, or instants ({@code 2026-11-01T05:00:00Z}), {@code to} excluded.
 */
@RestController
public class IncidentStatsController {
    private final StatisticsService statistics;
    private final ZoneId zone;

    public IncidentStatsController(StatisticsService statistics, Settings settings) {
        this.statistics = statistics;
        this.zone = settings.get(DispatchConfig.STATS_ZONE);
    }

    @GetMapping("/api/v1/stats/incidents")
    ResponseEntity<?> incidents(
            @RequestParam(name = "from") String from,
            @RequestParam(name = "to") String to,
            @RequestParam(name = "groupBy", defaultValue = "province") String groupBy,
            @RequestParam(name = "granularity", defaultValue = "DAY") String granularity,
            @RequestParam(name = "format", required = false) @Nullable String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) @Nullable String accept,
            Authentication auth) {
        if (!"province".equals(groupBy)) {
            throw RefusedException.invalid(
                    "groupBy", "only 'province' (rows are per period, province, type, priority)");
        }
        StatsQuery query = new StatsQuery(start(from), end(to), granularity(granularity), zone);
        checkSpan(query.from(), query.to());
        List<IncidentStatsRow> rows = Outcomes.value(statistics.incidents(CurrentActor.of(auth), query));
        if ("csv".equalsIgnoreCase(format) || (format == null && accept != null && accept.contains("text/csv"))) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"incidents.csv\"")
                    .body(IncidentStatsCsv.of(rows));
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("from", query.from().toString());
        view.put("to", query.to().toString());
        view.put("zone", zone.getId());
        view.put("granularity", query.granularity().name());
        view.put("rows", rows.stream().map(IncidentStatsController::row).toList());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(view);
    }

    /** The period against the same period a year earlier, per province, to check before/after claims. */
    @GetMapping("/api/v1/stats/incidents/compare")
    Map<String, Object> compare(
            @RequestParam(name = "from") String from, @RequestParam(name = "to") String to, Authentication auth) {
        Instant start = start(from);
        Instant end = end(to);
        checkSpan(start, end);
        List<ProvinceComparison> rows =
                Outcomes.value(statistics.compareWithYearBefore(CurrentActor.of(auth), start, end, zone));
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("from", start.toString());
        view.put("to", end.toString());
        view.put("zone", zone.getId());
        view.put(
                "provinces",
                rows.stream().map(IncidentStatsController::comparison).toList());
        return view;
    }

    private Instant start(String text) {
        return instant(text, "from", false);
    }

    private Instant end(String text) {
        return instant(text, "to", true);
    }

    /** A date (start of that day, or of the next for an inclusive end) or an instant. */
    private Instant instant(String text, String field, boolean inclusiveEnd) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (inclusiveEnd ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
            }
            return Instant.parse(text);
        } catch (DateTimeException e) {
            throw RefusedException.invalid(field, "a date (2026-11-01) or an instant (2026-11-01T05:00:00Z)");
        }
    }

    private static void checkSpan(Instant from, Instant to) {
        if (!from.isBefore(to) || Duration.between(from, to).toDays() > StatsQuery.MAX_DAYS) {
            throw RefusedException.invalid("to", "after from, at most " + StatsQuery.MAX_DAYS + " days later");
        }
    }

    private static Granularity granularity(String text) {
        try {
            return Granularity.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("granularity", "DAY, WEEK or MONTH");
        }
    }

    private static Map<String, Object> row(IncidentStatsRow r) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("period", r.period().toString());
        putProvince(view, r.province());
        view.put("type", r.type().name());
        view.put("priority", r.priority().level());
        view.put("incidents", r.incidents());
        view.put("callToDispatch", interval(r.callToDispatch()));
        view.put("dispatchToScene", interval(r.dispatchToScene()));
        return view;
    }

    private static Map<String, Object> interval(ResponseTime t) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("count", t.count());
        view.put("meanSeconds", t.mean() == null ? null : t.mean().toMillis() / 1000.0);
        view.put("maxSeconds", t.max() == null ? null : t.max().toMillis() / 1000.0);
        return view;
    }

    private static Map<String, Object> comparison(ProvinceComparison c) {
        Map<String, Object> view = new LinkedHashMap<>();
        putProvince(view, c.province());
        view.put("before", c.before());
        view.put("after", c.after());
        view.put("changePercent", c.changePercent());
        return view;
    }

    private static void putProvince(Map<String, Object> view, @Nullable ProvinceRef province) {
        view.put("province", province == null ? null : province.name());
        view.put("provinceId", province == null ? null : province.id());
    }
}
