package org.amparo.server.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.alert.Alert;
import org.amparo.core.alert.AlertId;
import org.amparo.core.alert.AlertService;
import org.amparo.core.alert.AlertStatus;
import org.amparo.core.engine.Outcome;
import org.amparo.core.face.FaceMatch;
import org.amparo.core.face.FaceMatchService;
import org.amparo.server.events.FaceMatchEvents;
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
 * The operators' unified queue ({@link AlertQueue}): geofence alerts, face matches awaiting confirmation and, for
 * those who may open them, incidents without a unit, filtered by the URL's query. Alerts are acknowledged and
 * resolved (with a note), matches confirmed or rejected, here. Every rule (roles, states, the note, two different
 * confirmers) is the core services', and every list and decision is audited there; a refusal is shown on the page
 * with its reason and answered with its HTTP status. {@code /alerts/rows} is the list alone, which {@code alerts.js}
 * reloads when the event stream announces a change. Each action keeps the filter it was taken under.
 */
@Controller
public class AlertPageController {
    private final AlertQueue queue;
    private final AlertService alerts;
    private final FaceMatchService matches;
    private final GeofenceRuntime runtime;
    private final FaceMatchEvents matchEvents;

    public AlertPageController(
            AlertQueue queue, AlertService alerts, FaceMatchService matches, AlertQueueEffects effects) {
        this.queue = queue;
        this.alerts = alerts;
        this.matches = matches;
        this.runtime = effects.runtime();
        this.matchEvents = effects.matchEvents();
    }

    /**
     * One alert with how long ago it was raised, as a monitoring order's page lists its alerts (the queue's lines are
     * {@link AlertQueueRow}s).
     */
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

    @GetMapping("/alerts")
    ModelAndView page(HttpServletRequest request, Authentication auth) {
        return render("alerts", PageChrome.actor(auth), request, null);
    }

    @GetMapping("/alerts/rows")
    ModelAndView rows(HttpServletRequest request, Authentication auth) {
        return render("alerts :: rows", PageChrome.actor(auth), request, null);
    }

    @PostMapping("/alerts/{id}/acknowledge")
    ModelAndView acknowledge(
            @PathVariable String id, HttpServletRequest request, Authentication auth, RedirectAttributes redirect) {
        Actor actor = PageChrome.actor(auth);
        Optional<AlertId> parsed = FormValues.parse(id, AlertId::parse);
        Outcome<Alert> outcome =
                parsed.isEmpty() ? new Outcome.NotFound<>("alert " + id) : alerts.acknowledge(actor, parsed.get());
        return afterAlert(outcome, actor, request, redirect, "alerts.acknowledged");
    }

    @PostMapping("/alerts/{id}/resolve")
    ModelAndView resolve(
            @PathVariable String id,
            @RequestParam(name = "note", required = false) @Nullable String note,
            HttpServletRequest request,
            Authentication auth,
            RedirectAttributes redirect) {
        Actor actor = PageChrome.actor(auth);
        Optional<AlertId> parsed = FormValues.parse(id, AlertId::parse);
        Outcome<Alert> outcome = parsed.isEmpty()
                ? new Outcome.NotFound<>("alert " + id)
                : alerts.resolve(actor, parsed.get(), note == null ? "" : note);
        return afterAlert(outcome, actor, request, redirect, "alerts.resolved");
    }

    /** A verdict on a face match from the queue: the same service and rules as the review page. */
    @PostMapping("/alerts/face-matches/{id}/verdict")
    ModelAndView verdict(
            @PathVariable String id,
            @RequestParam(name = "verdict", required = false) @Nullable String verdict,
            HttpServletRequest request,
            Authentication auth,
            RedirectAttributes redirect) {
        Actor actor = PageChrome.actor(auth);
        Outcome<FaceMatch> outcome = FaceMatchVerdicts.decide(matches, matchEvents, actor, id, verdict);
        if (outcome instanceof Outcome.Done<FaceMatch>(FaceMatch decided)) {
            return done(request, redirect, "faceMatches.decided." + decided.status(), "face-match:" + decided.id());
        }
        return render("alerts", actor, request, Refusal.of(outcome));
    }

    /** Done: published live, then back to the queue (post/redirect/get); refused: the queue with the reason. */
    private ModelAndView afterAlert(
            Outcome<Alert> outcome,
            Actor actor,
            HttpServletRequest request,
            RedirectAttributes redirect,
            String notice) {
        if (outcome instanceof Outcome.Done<Alert>(Alert changed)) {
            runtime.publish(changed);
            return done(request, redirect, notice, "alert:" + changed.id());
        }
        return render("alerts", actor, request, Refusal.of(outcome));
    }

    private static ModelAndView done(
            HttpServletRequest request, RedirectAttributes redirect, String notice, String changedKey) {
        redirect.addFlashAttribute("notice", notice);
        redirect.addFlashAttribute("changedKey", changedKey);
        return new ModelAndView("redirect:/alerts"
                + AlertQueueFilter.of(request, new ArrayList<>()).query());
    }

    private ModelAndView render(String view, Actor actor, HttpServletRequest request, @Nullable Refusal refusal) {
        ModelAndView page = new ModelAndView(view);
        List<String> bad = new ArrayList<>();
        AlertQueueFilter filter = AlertQueueFilter.of(request, bad);
        page.addObject("filter", filter);
        page.addObject("types", AlertQueueType.values());
        page.addObject("ages", AlertQueueFilter.Age.values());
        page.addObject("statuses", AlertQueueFilter.STATUSES);
        Refusal shown = bad.isEmpty() ? refusal : new Refusal(HttpStatus.BAD_REQUEST, bad);
        AlertQueue.Listing listing = bad.isEmpty()
                ? queue.list(actor, filter)
                : new AlertQueue.Listing(List.of(), List.of(), false, AlertQueue.seesIncidents(actor), null);
        if (shown == null) {
            shown = listing.refusal();
        }
        page.addObject("rows", listing.rows());
        page.addObject("provinces", listing.provinces());
        page.addObject("truncated", listing.truncated());
        page.addObject("incidentsShown", listing.incidentsShown());
        page.addObject("query", filter.query());
        if (shown != null) {
            page.addObject("errors", shown.messages());
            page.setStatus(shown.status());
        }
        return page;
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
}
