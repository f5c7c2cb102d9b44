package org.amparo.server.web;

import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.dispatch.Justifications;
import org.amparo.core.engine.Outcome;
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.face.EvidenceService;
import org.amparo.core.face.EvidenceView;
import org.amparo.core.face.FaceMatch;
import org.amparo.core.face.FaceMatchQuery;
import org.amparo.core.face.FaceMatchService;
import org.amparo.core.face.FaceMatchStatus;
import org.amparo.server.events.FaceMatchEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The review of face matches (CHARTER section 4): each match with its probe crop beside the enrolled
 * photo, and Confirm / Reject. The pictures are personal data: the page asks once per session for a
 * written justification, kept in the HTTP session only, and every picture shown is a read the core
 * audits with it. Every rule (roles, two different confirmers, one verdict per person) is {@link
 * FaceMatchService}'s; a refusal is shown with its reason and answered with its HTTP status.
 */
@Controller
public class FaceMatchPageController {
    /** Most matches listed. */
    static final int MAX_ROWS = 100;

    private static final String JUSTIFICATION = FaceMatchPageController.class.getName() + ".justification";

    private final FaceMatchService matches;
    private final EvidenceService evidence;
    private final MessageSource messages;
    private final FaceMatchEvents events;

    public FaceMatchPageController(
            FaceMatchService matches, EvidenceService evidence, MessageSource messages, FaceMatchEvents events) {
        this.matches = matches;
        this.evidence = evidence;
        this.messages = messages;
        this.events = events;
    }

    /** One line of the review: the match and whether this reviewer may still give a verdict. */
    public record Row(FaceMatch match, boolean decidable) {
        public String similarityPercent() {
            return String.format(Locale.ROOT, "%.1f", match.sighting().similarity() * 100);
        }
    }

    @GetMapping("/face-matches")
    ModelAndView review(
            @RequestParam(name = "status", required = false) @Nullable String status,
            Authentication auth,
            HttpSession session) {
        return render(PageChrome.actor(auth), status, session, null);
    }

    @PostMapping("/face-matches/justification")
    ModelAndView justify(
            @RequestParam(name = "justification", required = false) @Nullable String justification,
            Authentication auth,
            HttpSession session,
            Locale locale) {
        if (!Justifications.valid(justification)) {
            ModelAndView ask = new ModelAndView("face-matches-justify");
            ask.addObject(
                    "errors",
                    List.of("justification: " + messages.getMessage("faceMatches.justifyInvalid", null, locale)));
            ask.setStatus(HttpStatus.BAD_REQUEST);
            return ask;
        }
        session.setAttribute(JUSTIFICATION, Justifications.text(justification));
        return new ModelAndView("redirect:/face-matches");
    }

    /** A probe crop or enrolled photo, decrypted for display; an audited, justified read. */
    @GetMapping("/face-matches/evidence/{id}")
    ResponseEntity<byte[]> picture(@PathVariable String id, Authentication auth, HttpSession session) {
        @Nullable String justification = justification(session);
        Optional<EvidenceId> parsed = FormValues.parse(id, EvidenceId::parse);
        if (justification == null || parsed.isEmpty()) {
            return ResponseEntity.status(justification == null ? HttpStatus.FORBIDDEN : HttpStatus.NOT_FOUND)
                    .build();
        }
        Outcome<EvidenceView> viewed = evidence.view(PageChrome.actor(auth), parsed.get(), justification);
        if (!(viewed instanceof Outcome.Done<EvidenceView>(EvidenceView view))) {
            return ResponseEntity.status(Refusal.of(viewed).status()).build();
        }
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(view.record().mediaType()))
                .cacheControl(CacheControl.noStore())
                .body(view.content());
    }

    @PostMapping("/face-matches/{id}/verdict")
    ModelAndView verdict(
            @PathVariable String id,
            @RequestParam(name = "verdict", required = false) @Nullable String verdict,
            Authentication auth,
            HttpSession session,
            RedirectAttributes redirect) {
        Actor actor = PageChrome.actor(auth);
        Outcome<FaceMatch> outcome = FaceMatchVerdicts.decide(matches, events, actor, id, verdict);
        if (outcome instanceof Outcome.Done<FaceMatch>(FaceMatch decided)) {
            redirect.addFlashAttribute("notice", "faceMatches.decided." + decided.status());
            redirect.addFlashAttribute("changedId", decided.id().toString());
            return new ModelAndView("redirect:/face-matches");
        }
        return render(actor, null, session, Refusal.of(outcome));
    }

    private ModelAndView render(Actor actor, @Nullable String status, HttpSession session, @Nullable Refusal refusal) {
        if (justification(session) == null) {
            return new ModelAndView("face-matches-justify");
        }
        FaceMatchStatus chosen = FormValues.parse(
                        status == null || status.isBlank() ? "PENDING_CONFIRMATION" : status,
                        s -> FaceMatchStatus.valueOf(s.toUpperCase(Locale.ROOT)))
                .orElse(FaceMatchStatus.PENDING_CONFIRMATION);
        ModelAndView page = new ModelAndView("face-matches");
        page.addObject("statuses", FaceMatchStatus.values());
        page.addObject("selectedStatus", chosen.name());
        Refusal shown = refusal;
        List<Row> rows = List.of();
        Outcome<List<FaceMatch>> listed = matches.list(actor, new FaceMatchQuery(chosen, null, MAX_ROWS));
        if (listed instanceof Outcome.Done<List<FaceMatch>>(List<FaceMatch> found)) {
            rows = found.stream()
                    .map(m -> new Row(
                            m, m.status() == FaceMatchStatus.PENDING_CONFIRMATION && !m.decidedBy(actor.username())))
                    .toList();
        } else if (shown == null) {
            shown = Refusal.of(listed);
        }
        page.addObject("rows", rows);
        if (shown != null) {
            page.addObject("errors", shown.messages());
            page.setStatus(shown.status());
        }
        return page;
    }

    private static @Nullable String justification(HttpSession session) {
        return session.getAttribute(JUSTIFICATION) instanceof String text ? text : null;
    }
}
