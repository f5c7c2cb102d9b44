package org.amparo.server.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.amparo.core.transparency.TransparencyReport;
import org.amparo.core.transparency.TransparencyService;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The transparency report: counts only, publishable. */
@RestController
public class ReportController {
    private final TransparencyService transparency;
    private final Clock clock;

    public ReportController(TransparencyService transparency, Clock clock) {
        this.transparency = transparency;
        this.clock = clock;
    }

    @GetMapping("/api/v1/reports/transparency")
    TransparencyReport transparency(
            @RequestParam(name = "from", required = false) @Nullable Instant from,
            @RequestParam(name = "to", required = false) @Nullable Instant to) {
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? end.minus(Duration.ofDays(30)) : from;
        if (!end.isAfter(start)) {
            throw RefusedException.invalid("to", "must be after from");
        }
        if (Duration.between(start, end).toDays() > 3_660) {
            throw RefusedException.invalid("from", "a report covers at most ten years");
        }
        return transparency.report(start, end);
    }
}
