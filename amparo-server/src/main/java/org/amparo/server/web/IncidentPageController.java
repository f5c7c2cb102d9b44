package org.amparo.server.web;

import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.amparo.core.dispatch.IncidentId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The incident page of call-takers and dispatchers. Before it shows personal data (the caller's number and
 * location) it asks, once per incident and session, why the person opens it; the core audits every read with that
 * reason. {@code /incidents/{id}/live} is the changing part alone, which {@code live-fragment.js} reloads when the
 * event stream names the incident (or any unit, whose availability changes the proposals).
 */
@Controller
public class IncidentPageController {
    /** Most proposals listed: the nearest few are what a dispatcher chooses from. */
    static final int MAX_PROPOSALS = 8;

    private final IncidentPage pages;
    private final MessageSource messages;

    public IncidentPageController(IncidentPage pages, MessageSource messages) {
        this.pages = pages;
        this.messages = messages;
    }

    @GetMapping("/incidents/{id}")
    ModelAndView incident(
            @PathVariable String id,
            @RequestParam(name = "confirmDispatch", required = false) @Nullable String confirmDispatch,
            Authentication auth,
            HttpSession session,
            Locale locale) {
        Optional<IncidentId> parsed = parse(id);
        if (parsed.isEmpty()) {
            return notFound(id);
        }
        IncidentPage.Request request = request(auth, parsed.get(), session, locale);
        return pages.view("incident", request, null, confirmDispatch);
    }

    @GetMapping("/incidents/{id}/live")
    ModelAndView live(@PathVariable String id, Authentication auth, HttpSession session, Locale locale) {
        Optional<IncidentId> parsed = parse(id);
        if (parsed.isEmpty()) {
            return notFound(id);
        }
        IncidentPage.Request request = request(auth, parsed.get(), session, locale);
        if (request.justification() == null) {
            // The session was renewed or never asked: the script reloads the full page, which asks.
            ModelAndView ask = IncidentPage.justifyForm(parsed.get(), null);
            ask.setStatus(HttpStatus.CONFLICT);
            return ask;
        }
        return pages.view("incident :: live", request, null, null);
    }

    @PostMapping("/incidents/{id}/justification")
    ModelAndView justify(
            @PathVariable String id,
            @RequestParam(name = "reason", required = false) @Nullable String reason,
            @RequestParam(name = "details", required = false) @Nullable String details,
            HttpSession session,
            Locale locale) {
        Optional<IncidentId> parsed = parse(id);
        if (parsed.isEmpty()) {
            return notFound(id);
        }
        Optional<String> justification = IncidentJustifications.compose(reason, details);
        if (justification.isEmpty()) {
            return IncidentPage.justifyForm(
                    parsed.get(),
                    Refusal.invalid("justification", messages.getMessage("justify.invalid", null, locale)));
        }
        IncidentJustifications.remember(session, parsed.get(), justification.get());
        return new ModelAndView("redirect:/incidents/" + parsed.get());
    }

    static IncidentPage.Request request(Authentication auth, IncidentId id, HttpSession session, Locale locale) {
        return new IncidentPage.Request(PageChrome.actor(auth), id, IncidentJustifications.of(session, id), locale);
    }

    static Optional<IncidentId> parse(String id) {
        try {
            return Optional.of(new IncidentId(UUID.fromString(id)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static ModelAndView notFound(String id) {
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", 404);
        page.addObject("detail", "incident " + id + " does not exist");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }
}
