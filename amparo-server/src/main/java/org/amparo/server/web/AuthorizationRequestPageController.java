package org.amparo.server.web;

import java.time.Clock;
import java.util.List;
import org.amparo.core.access.Actor;
import org.amparo.core.engine.Outcome;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationRequest;
import org.amparo.core.legal.AuthorizationService;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.DataSubjectCategory;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.SubjectService;
import org.amparo.core.legal.UseMode;
import org.amparo.server.api.AuthorizationBodies;
import org.amparo.server.api.RefusedException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The investigator's side: create the subject (one named individual, with a category), then request
 * an authorization for it. The core checks every rule of the charter and lists all violations.
 */
@Controller
public class AuthorizationRequestPageController {
    private final AuthorizationService authorizations;
    private final SubjectService subjects;
    private final Clock clock;

    public AuthorizationRequestPageController(
            AuthorizationService authorizations, SubjectService subjects, Clock clock) {
        this.authorizations = authorizations;
        this.subjects = subjects;
        this.clock = clock;
    }

    @GetMapping("/authorizations/new")
    ModelAndView form(@RequestParam(name = "subjectId", required = false) @Nullable String subjectId) {
        return formPage(RequestForm.blank(subjectId, clock.instant()), null);
    }

    @PostMapping("/authorizations")
    ModelAndView request(@ModelAttribute("form") RequestForm form, Authentication auth) {
        Actor actor = PageChrome.actor(auth);
        AuthorizationRequest request;
        switch (form.toBody()) {
            case RequestForm.Parsed.Unreadable(List<Outcome.Violation> violations) -> {
                return formPage(form, Refusal.invalid(violations));
            }
            case RequestForm.Parsed.Body(AuthorizationBodies.NewAuthorization body) -> {
                try {
                    request = AuthorizationBodies.toRequest(body, false);
                } catch (RefusedException e) {
                    return formPage(form, refusal(e));
                }
            }
        }
        Outcome<Authorization> outcome = authorizations.request(actor, request);
        if (outcome instanceof Outcome.Done<Authorization>(Authorization created)) {
            return new ModelAndView("redirect:/authorizations/" + created.id());
        }
        return formPage(form, Refusal.of(outcome));
    }

    @GetMapping("/subjects/new")
    ModelAndView subjectForm() {
        return subjectPage("", "", null);
    }

    @PostMapping("/subjects")
    ModelAndView createSubject(
            @RequestParam(name = "name", required = false) @Nullable String name,
            @RequestParam(name = "category", required = false) @Nullable String category,
            Authentication auth,
            RedirectAttributes redirect) {
        String givenName = name == null ? "" : name;
        String givenCategory = category == null ? "" : category;
        DataSubjectCategory parsed;
        try {
            parsed = DataSubjectCategory.valueOf(givenCategory);
        } catch (IllegalArgumentException e) {
            return subjectPage(givenName, givenCategory, Refusal.invalid("category", "choose a category"));
        }
        Outcome<Subject> outcome = subjects.create(PageChrome.actor(auth), givenName, parsed, false);
        if (outcome instanceof Outcome.Done<Subject>(Subject created)) {
            redirect.addFlashAttribute("subjectCreated", created.name() + " (" + created.category() + ")");
            return new ModelAndView("redirect:/authorizations/new?subjectId=" + created.id());
        }
        return subjectPage(givenName, givenCategory, Refusal.of(outcome));
    }

    private static Refusal refusal(RefusedException e) {
        return e.violations().isEmpty()
                ? new Refusal(HttpStatus.valueOf(e.status().value()), List.of(String.valueOf(e.getMessage())))
                : Refusal.invalid(e.violations());
    }

    private static ModelAndView formPage(RequestForm form, @Nullable Refusal refusal) {
        ModelAndView page = new ModelAndView("authorization-new");
        page.addObject("form", form);
        page.addObject("purposes", Purpose.values());
        page.addObject("modes", UseMode.values());
        page.addObject("kinds", DataKind.values());
        return withRefusal(page, refusal);
    }

    private static ModelAndView subjectPage(String name, String category, @Nullable Refusal refusal) {
        ModelAndView page = new ModelAndView("subject-new");
        page.addObject("name", name);
        page.addObject("category", category);
        page.addObject("categories", DataSubjectCategory.values());
        return withRefusal(page, refusal);
    }

    private static ModelAndView withRefusal(ModelAndView page, @Nullable Refusal refusal) {
        if (refusal != null) {
            page.addObject("errors", refusal.messages());
            page.setStatus(refusal.status());
        }
        return page;
    }
}
