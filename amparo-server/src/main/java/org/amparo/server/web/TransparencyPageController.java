package org.amparo.server.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.TreeMap;
import org.amparo.core.transparency.TransparencyReport;
import org.amparo.core.transparency.TransparencyService;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The printable transparency report of a period of whole UTC days, both ends included. It holds
 * counts only, no personal data, so it is not audited as a read of personal data.
 */
@Controller
public class TransparencyPageController {
    /** Default period, in days, ending today. */
    static final int DEFAULT_DAYS = 30;
    /** Longest period of one report. */
    static final Duration MAX_PERIOD = Duration.ofDays(3_660);

    private final TransparencyService transparency;
    private final Clock clock;

    public TransparencyPageController(TransparencyService transparency, Clock clock) {
        this.transparency = transparency;
        this.clock = clock;
    }

    @GetMapping("/reports/transparency")
    ModelAndView report(
            @RequestParam(name = "from", required = false) @Nullable String from,
            @RequestParam(name = "to", required = false) @Nullable String to) {
        ModelAndView page = new ModelAndView("transparency");
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate last;
        LocalDate first;
        try {
            last = to == null || to.isBlank() ? today : LocalDate.parse(to.strip());
            first = from == null || from.isBlank() ? last.minusDays(DEFAULT_DAYS - 1) : LocalDate.parse(from.strip());
        } catch (DateTimeParseException e) {
            return refused(page, "from, to: dates such as 2026-01-31");
        }
        page.addObject("from", first);
        page.addObject("to", last);
        Instant start = first.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (!end.isAfter(start)) {
            return refused(page, "to: must not be before from");
        }
        if (Duration.between(start, end).compareTo(MAX_PERIOD) > 0) {
            return refused(page, "from: a report covers at most ten years");
        }
        TransparencyReport report = transparency.report(start, end);
        page.addObject("report", report);
        // The report's maps are unordered; a printed report lists them in a stable order.
        page.addObject("byPurpose", new TreeMap<>(report.authorizationsByPurpose()));
        page.addObject("alerts", new TreeMap<>(report.alerts()));
        page.addObject("deletions", new TreeMap<>(report.deletions()));
        return page;
    }

    private static ModelAndView refused(ModelAndView page, String message) {
        page.addObject("errors", List.of(message));
        page.setStatus(HttpStatus.BAD_REQUEST);
        return page;
    }
}
