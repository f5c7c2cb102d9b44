package org.amparo.server.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.alert.Alert;
import org.amparo.core.alert.AlertId;
import org.amparo.core.alert.AlertQuery;
import org.amparo.core.alert.AlertService;
import org.amparo.core.alert.AlertStatus;
import org.amparo.core.alert.AlertType;
import org.amparo.core.engine.Outcome;
import org.amparo.server.monitoring.GeofenceRuntime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operators' alert queue: open alerts newest first, filtered by type and status, with the
 * acknowledgement and the resolution (with a note) as forms. Every rule (roles, states, the note) is
 * {@link AlertService}'s, and every list and decision is audited there; a refusal is shown on the
 * page with its reason and answered with its HTTP status. {@code /alerts/rows} is the list alone,
 * which {@code alerts.js} reloads when the event stream announces an alert change.
 */
@Controller
public class AlertPageController {
    /** Most alerts listed per status. */
    static final int MAX_ROWS = 200;
    /** The statuses of the default view: every alert that still needs a person. */
    private final AlertService alerts;

    private final GeofenceRuntime runtime;
    private final Clock clock;

    public AlertPageController(AlertService alerts, GeofenceRuntime runtime, Clock clock) {
        this.alerts = alerts;
        this.runtime = runtime;
        this.clock = clock;
    }

    /** One line of the queue: the alert and how long ago it was raised. */
    public record Row(Alert alert, String age) {
        public boolean escalated() {
            return alert.status() == AlertStatus.ESCALATED;
        }

        public boolean acknowledgeable() {
            return alert.status() == AlertStatus.RAISED || alert.status() == AlertStatus.ESCALATED;
        }

        public boolean open() {
            return alert.status().open();
        }
    }

    /** The filter as typed; blank means any type, and the open statuses. */
    record Filter(@Nullable AlertType type, @Nullable AlertStatus status) {}

    @GetMapping("/alerts")
    ModelAndView queue(
            @RequestParam(name = "type", required = false) @Nullable String type,
            @RequestParam(name = "status", required = false) @Nullable String status,
            Authentication auth) {
        return render("alerts", PageChrome.actor(auth), type, status, null);
    }

    @GetMapping("/alerts/rows")
    ModelAndView rows(
            @RequestParam(name = "type", required = false) @Nullable String type,
            @RequestParam(name = "status", required = false) @Nullable String status,
            Authentication auth) {
        return render("alerts :: rows", PageChrome.actor(auth), type, status, null);
    }

    @PostMapping("/alerts/{id}/acknowledge")
    ModelAndView acknowledge(
            @PathVariable String id,
            @RequestParam(name = "type", required = false) @Nullable String type,
            @RequestParam(name = "status", required = false) @Nullable String status,
            Authentication auth,
            RedirectAttributes redirect) {
        Actor actor = PageChrome.actor(auth);
        Optional<AlertId> parsed = parse(id);
        Outcome<Alert> outcome =
                parsed.isEmpty() ? new Outcome.NotFound<>("alert " + id) : alerts.acknowledge(actor, parsed.get());
        return after(outcome, actor, type, status, redirect, "alerts.acknowledged");
    }

    @PostMapping("/alerts/{id}/resolve")
    ModelAndView resolve(
            @PathVariable String id,
            @RequestParam(name = "note", required = false) @Nullable String note,
            @RequestParam(name = "type", required = false) @Nullable String type,
            @RequestParam(name = "status", required = false) @Nullable String status,
            Authentication auth,
            RedirectAttributes redirect) {
        Actor actor = PageChrome.actor(auth);
        Optional<AlertId> parsed = parse(id);
        Outcome<Alert> outcome = parsed.isEmpty()
                ? new Outcome.NotFound<>("alert " + id)
                : alerts.resolve(actor, parsed.get(), note == null ? "" : note);
        return after(outcome, actor, type, status, redirect, "alerts.resolved");
    }

    /** Done: published live, then back to the queue (post/redirect/get); refused: the queue with the reason. */
    private ModelAndView after(
            Outcome<Alert> outcome,
            Actor actor,
            @Nullable String type,
            @Nullable String status,
            RedirectAttributes redirect,
            String notice) {
        if (outcome instanceof Outcome.Done<Alert>(Alert changed)) {
            runtime.publish(changed);
            redirect.addFlashAttribute("notice", notice);
            redirect.addFlashAttribute("changedId", changed.id().toString());
            if (type != null && !type.isBlank()) {
                redirect.addAttribute("type", type.strip());
            }
            if (status != null && !status.isBlank()) {
                redirect.addAttribute("status", status.strip());
            }
            return new ModelAndView("redirect:/alerts");
        }
        return render("alerts", actor, type, status, Refusal.of(outcome));
    }

    private ModelAndView render(
            String view, Actor actor, @Nullable String type, @Nullable String status, @Nullable Refusal refusal) {
        ModelAndView page = new ModelAndView(view);
        page.addObject("types", AlertType.values());
        page.addObject("statuses", AlertStatus.values());
        List<String> bad = new ArrayList<>();
        AlertType chosenType = parse(AlertType.class, type, "type", bad);
        AlertStatus chosenStatus = parse(AlertStatus.class, status, "status", bad);
        page.addObject("selectedType", chosenType == null ? "" : chosenType.name());
        page.addObject("selectedStatus", chosenStatus == null ? "" : chosenStatus.name());
        Refusal shown = bad.isEmpty() ? refusal : new Refusal(HttpStatus.BAD_REQUEST, bad);
        List<Row> rows = List.of();
        boolean truncated = false;
        if (bad.isEmpty()) {
            Outcome<List<Alert>> listed = list(actor, new Filter(chosenType, chosenStatus));
            if (listed instanceof Outcome.Done<List<Alert>>(List<Alert> found)) {
                Instant now = clock.instant();
                rows = found.stream()
                        .map(a -> new Row(a, age(a.raisedAt(), now)))
                        .toList();
                truncated = found.size() >= MAX_ROWS;
            } else if (shown == null) {
                shown = Refusal.of(listed);
            }
        }
        page.addObject("rows", rows);
        page.addObject("truncated", truncated);
        page.addObject("limit", MAX_ROWS);
        if (shown != null) {
            page.addObject("errors", shown.messages());
            page.setStatus(shown.status());
        }
        return page;
    }

    /**
     * The alerts of the filter, newest first, in one audited query. Without a status only the open
     * ones, so that many resolved alerts never push an open one out of the list.
     */
    private Outcome<List<Alert>> list(Actor actor, Filter filter) {
        java.util.Set<AlertStatus> statuses =
                filter.status() == null ? AlertQuery.OPEN : AlertQuery.only(filter.status());
        return alerts.list(actor, new AlertQuery(null, filter.type(), statuses, MAX_ROWS));
    }

    /** How long ago, coarsely: "45 s", "12 min", "3 h 5 min", "2 d 4 h". */
    static String age(Instant from, Instant now) {
        Duration d = Duration.between(from, now);
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        if (d.toMinutes() < 1) {
            return d.toSeconds() + " s";
        }
        if (d.toHours() < 1) {
            return d.toMinutes() + " min";
        }
        if (d.toDays() < 1) {
            return d.toHours() + " h " + d.toMinutesPart() + " min";
        }
        return d.toDays() + " d " + d.toHoursPart() + " h";
    }

    private static <E extends Enum<E>> @Nullable E parse(
            Class<E> type, @Nullable String text, String field, List<String> bad) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            bad.add(field + ": one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    private static Optional<AlertId> parse(String id) {
        try {
            return Optional.of(AlertId.parse(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
