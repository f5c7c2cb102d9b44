package org.amparo.server.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.engine.Outcome;
import org.amparo.core.engine.Transactions;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.AuthorizationService;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.AuthorizationStore;
import org.amparo.server.api.GeoJsonAreas;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Authorizations: the list, one authorization in full, and the approver's decision and the
 * revocation. Every rule (no self-approval, approver role, state) is the core's; a refusal is shown
 * on the page with its reason and answered with its HTTP status.
 */
@Controller
public class AuthorizationPageController {
    /** Most rows in the list. */
    static final int MAX_ROWS = 500;

    private final AuthorizationService service;
    private final AuthorizationStore store;
    private final Transactions tx;
    private final AuthorizationTimeline timeline;

    public AuthorizationPageController(
            AuthorizationService service, AuthorizationStore store, Transactions tx, AuthorizationTimeline timeline) {
        this.service = service;
        this.store = store;
        this.tx = tx;
        this.timeline = timeline;
    }

    @GetMapping("/authorizations")
    ModelAndView list(@RequestParam(name = "status", required = false) @Nullable String status) {
        ModelAndView page = new ModelAndView("authorizations");
        page.addObject("statuses", AuthorizationStatus.values());
        AuthorizationStatus filter = null;
        if (status != null && !status.isBlank()) {
            try {
                filter = AuthorizationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                page.addObject("errors", List.of("status: one of REQUESTED, APPROVED, REJECTED, REVOKED, EXPIRED"));
                page.addObject("rows", List.of());
                page.setStatus(HttpStatus.BAD_REQUEST);
                return page;
            }
        }
        AuthorizationStatus chosen = filter;
        page.addObject("selected", chosen == null ? "" : chosen.name());
        page.addObject("rows", tx.inTransaction(() -> store.list(chosen, MAX_ROWS)));
        return page;
    }

    @GetMapping("/authorizations/{id}")
    ModelAndView detail(@PathVariable String id, Authentication auth) {
        return render(id, PageChrome.actor(auth), null);
    }

    @PostMapping("/authorizations/{id}/decision")
    ModelAndView decide(
            @PathVariable String id,
            @RequestParam(name = "decision", required = false) @Nullable String decision,
            @RequestParam(name = "reason", required = false) @Nullable String reason,
            Authentication auth,
            RedirectAttributes redirect) {
        Actor actor = PageChrome.actor(auth);
        Optional<AuthorizationId> parsed = parse(id);
        if (parsed.isEmpty()) {
            return notFound(id);
        }
        String choice = decision == null ? "" : decision.strip().toUpperCase(Locale.ROOT);
        if (!choice.equals("APPROVE") && !choice.equals("REJECT")) {
            return render(id, actor, Refusal.invalid("decision", "APPROVE or REJECT"));
        }
        Outcome<Authorization> outcome =
                service.decide(actor, parsed.get(), choice.equals("APPROVE"), reason == null ? "" : reason);
        return after(id, actor, outcome, redirect, "decision.recorded");
    }

    @PostMapping("/authorizations/{id}/revoke")
    ModelAndView revoke(
            @PathVariable String id,
            @RequestParam(name = "reason", required = false) @Nullable String reason,
            Authentication auth,
            RedirectAttributes redirect) {
        Actor actor = PageChrome.actor(auth);
        Optional<AuthorizationId> parsed = parse(id);
        if (parsed.isEmpty()) {
            return notFound(id);
        }
        Outcome<Authorization> outcome = service.revoke(actor, parsed.get(), reason == null ? "" : reason);
        return after(id, actor, outcome, redirect, "revoke.recorded");
    }

    /** Done: back to the page (post/redirect/get) with a notice; refused: the page with the reason. */
    private ModelAndView after(
            String id, Actor actor, Outcome<Authorization> outcome, RedirectAttributes redirect, String notice) {
        if (outcome instanceof Outcome.Done<Authorization>) {
            redirect.addFlashAttribute("notice", notice);
            return new ModelAndView("redirect:/authorizations/" + id);
        }
        return render(id, actor, Refusal.of(outcome));
    }

    private ModelAndView render(String id, Actor actor, @Nullable Refusal refusal) {
        Optional<AuthorizationId> parsed = parse(id);
        Optional<Authorization> found =
                parsed.isEmpty() ? Optional.empty() : tx.inTransaction(() -> store.find(parsed.get()));
        if (found.isEmpty()) {
            return notFound(id);
        }
        Authorization a = found.get();
        ModelAndView page = new ModelAndView("authorization");
        page.addObject("a", a);
        page.addObject("areasJson", areasJson(a));
        page.addObject("timeline", timeline.steps(actor, a));
        page.addObject("canDecide", actor.has(Role.APPROVER) && a.status() == AuthorizationStatus.REQUESTED);
        page.addObject(
                "canRevoke",
                !a.status().ended()
                        && (actor.has(Role.APPROVER) || a.requestedBy().equals(actor.username())));
        if (refusal != null) {
            page.addObject("errors", refusal.messages());
            page.setStatus(refusal.status());
        }
        return page;
    }

    private static String areasJson(Authorization a) {
        ArrayNode areas = JsonNodeFactory.instance.arrayNode();
        a.scope().areas().forEach(area -> areas.add(GeoJsonAreas.write(area)));
        return areas.toString();
    }

    static ModelAndView notFound(String what) {
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        page.addObject("detail", "authorization " + what + " does not exist");
        page.setStatus(HttpStatus.NOT_FOUND);
        return page;
    }

    private static Optional<AuthorizationId> parse(String id) {
        try {
            return Optional.of(AuthorizationId.parse(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
