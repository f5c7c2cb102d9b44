package org.amparo.server.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.amparo.core.access.Actor;
import org.amparo.core.dispatch.DispatchService;
import org.amparo.core.dispatch.Incident;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.IncidentStatus;
import org.amparo.core.dispatch.Unit;
import org.amparo.core.dispatch.UnitId;
import org.amparo.core.dispatch.UnitStatus;
import org.amparo.core.dispatch.caller.CallerLocationId;
import org.amparo.core.dispatch.caller.CallerLocationService;
import org.amparo.core.engine.Outcome;
import org.amparo.server.events.DispatchEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a person does on the incident page: accept the caller's location as the incident's (charter section 4: the
 * system never does it by itself), add a note, dispatch a proposed unit after confirming, and move units and the
 * incident through their statuses. The rules are the core's; each done step is published on the event stream (ids
 * and statuses only) and the page is shown again (post/redirect/get); a refused step is listed on the page with its
 * reason and answered with its HTTP status.
 */
@Controller
public class IncidentActionsController {
    private final DispatchService dispatch;
    private final CallerLocationService callers;
    private final DispatchEvents events;
    private final IncidentPage pages;

    public IncidentActionsController(
            DispatchService dispatch, CallerLocationService callers, DispatchEvents events, IncidentPage pages) {
        this.dispatch = dispatch;
        this.callers = callers;
        this.events = events;
        this.pages = pages;
    }

    /** Who acts on which incident. */
    private record Step(Actor actor, IncidentId id) {}

    @PostMapping("/incidents/{id}/location")
    ModelAndView acceptCallerLocation(
            @PathVariable String id,
            @RequestParam(name = "callerLocationId", required = false) @Nullable String callerLocation,
            Authentication auth,
            HttpSession session,
            Locale locale,
            RedirectAttributes redirect) {
        return incidentStep(id, auth, session, locale, redirect, "incident.done.located", "LOCATED", step -> {
            Optional<UUID> location = uuid(callerLocation);
            return location.isEmpty()
                    ? Outcome.invalid("callerLocationId", "required")
                    : callers.accept(step.actor(), step.id(), new CallerLocationId(location.get()));
        });
    }

    @PostMapping("/incidents/{id}/notes")
    ModelAndView note(
            @PathVariable String id,
            @RequestParam(name = "text", required = false) @Nullable String text,
            Authentication auth,
            HttpSession session,
            Locale locale,
            RedirectAttributes redirect) {
        return incidentStep(
                id,
                auth,
                session,
                locale,
                redirect,
                "incident.done.note",
                "NOTE",
                step -> dispatch.addNote(step.actor(), step.id(), text == null ? "" : text));
    }

    /** The second step of a dispatch: the page asked to confirm ({@code ?confirmDispatch=}) before this post. */
    @PostMapping("/incidents/{id}/dispatch")
    ModelAndView dispatch(
            @PathVariable String id,
            @RequestParam(name = "unitId", required = false) @Nullable String unitId,
            Authentication auth,
            HttpSession session,
            Locale locale,
            RedirectAttributes redirect) {
        return incidentStep(id, auth, session, locale, redirect, "incident.done.dispatched", "DISPATCHED", step -> {
            Optional<UUID> unit = uuid(unitId);
            return unit.isEmpty()
                    ? Outcome.invalid("unitId", "required")
                    : dispatch.dispatch(step.actor(), step.id(), new UnitId(unit.get()));
        });
    }

    @PostMapping("/incidents/{id}/status")
    ModelAndView status(
            @PathVariable String id,
            @RequestParam(name = "status", required = false) @Nullable String status,
            Authentication auth,
            HttpSession session,
            Locale locale,
            RedirectAttributes redirect) {
        return incidentStep(id, auth, session, locale, redirect, "incident.done.status", "STATUS", step -> {
            Optional<IncidentStatus> target = parse(IncidentStatus.class, status);
            return target.isEmpty()
                    ? Outcome.invalid("status", "one of " + List.of(IncidentStatus.values()))
                    : dispatch.changeStatus(step.actor(), step.id(), target.get());
        });
    }

    @PostMapping("/incidents/{id}/units/{unitId}/status")
    ModelAndView unitStatus(
            @PathVariable String id,
            @PathVariable String unitId,
            @RequestParam(name = "status", required = false) @Nullable String status,
            Authentication auth,
            HttpSession session,
            Locale locale,
            RedirectAttributes redirect) {
        Optional<IncidentId> incident = IncidentPageController.parse(id);
        if (incident.isEmpty()) {
            return IncidentPageController.notFound(id);
        }
        Optional<UUID> unit = uuid(unitId);
        Optional<UnitStatus> target = parse(UnitStatus.class, status);
        Outcome<Unit> outcome = unit.isEmpty() || target.isEmpty()
                ? Outcome.invalid("status", "a unit and one of " + List.of(UnitStatus.values()))
                : dispatch.changeUnitStatus(PageChrome.actor(auth), new UnitId(unit.get()), target.get());
        IncidentPage.Request request = IncidentPageController.request(auth, incident.get(), session, locale);
        if (outcome instanceof Outcome.Done<Unit>(Unit moved)) {
            events.unit(moved);
            return done(incident.get(), redirect, "incident.done.unitStatus");
        }
        return pages.view("incident", request, Refusal.of(outcome), null);
    }

    private ModelAndView incidentStep(
            String id,
            Authentication auth,
            HttpSession session,
            Locale locale,
            RedirectAttributes redirect,
            String notice,
            String change,
            Function<Step, Outcome<Incident>> action) {
        Optional<IncidentId> incident = IncidentPageController.parse(id);
        if (incident.isEmpty()) {
            return IncidentPageController.notFound(id);
        }
        IncidentPage.Request request = IncidentPageController.request(auth, incident.get(), session, locale);
        Outcome<Incident> outcome = action.apply(new Step(request.actor(), incident.get()));
        if (outcome instanceof Outcome.Done<Incident>(Incident changed)) {
            events.incident(changed, change);
            return done(incident.get(), redirect, notice);
        }
        return pages.view("incident", request, Refusal.of(outcome), null);
    }

    private static ModelAndView done(IncidentId id, RedirectAttributes redirect, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return new ModelAndView("redirect:/incidents/" + id);
    }

    private static Optional<UUID> uuid(@Nullable String text) {
        try {
            return text == null ? Optional.empty() : Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static <E extends Enum<E>> Optional<E> parse(Class<E> type, @Nullable String text) {
        try {
            return text == null
                    ? Optional.empty()
                    : Optional.of(Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
