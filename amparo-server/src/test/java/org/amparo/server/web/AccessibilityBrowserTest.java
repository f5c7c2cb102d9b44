package org.amparo.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every main page, as the role that works in it, passes axe-core's WCAG 2.1 A and AA rules (contrast, labels,
 * landmarks, names of controls, keyboard focusability): a control room works at a distance and by keyboard.
 * Violations of any impact fail, with the rule, the impact and the first offending elements in the message.
 */
class AccessibilityBrowserTest extends BrowserTestSupport {
    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** A role and the pages it works in. */
    private record Shift(String user, List<String> pages) {}

    private static final List<Shift> SHIFTS = List.of(
            new Shift("operator", List.of("/alerts", "/face-matches", "/map")),
            new Shift("dispatcher", List.of("/dispatch", "/calls/new", "/map", "/stats")),
            new Shift("approver", List.of("/authorizations?status=REQUESTED", "/authorizations")),
            new Shift("investigator", List.of("/authorizations/new", "/authorizations")),
            new Shift("auditor", List.of("/audit", "/reports/transparency", "/stats")),
            new Shift("supervisor", List.of("/map", "/stats", "/account/password")));

    @Test
    void theCheckFindsWhatItLooksFor() {
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.setContent("<html><head><title>t</title></head><body><main>"
                    + "<input type=\"text\"><p style=\"color:#bbb;background:#fff\">faint</p></main></body></html>");
            assertThat(violations(page))
                    .anyMatch(v -> v.startsWith("label "))
                    .anyMatch(v -> v.startsWith("color-contrast "))
                    .anyMatch(v -> v.startsWith("html-has-lang "));
        }
    }

    @Test
    void theLoginPagePasses() {
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            assertThat(violations(page)).as("/login").isEmpty();
        }
    }

    @Test
    void everyRolesPagesPass() {
        List<String> found = new ArrayList<>();
        for (Shift shift : SHIFTS) {
            try (BrowserContext context = newContext()) {
                Page page = signIn(context, shift.user(), DEMO_PASSWORD);
                found.addAll(violations(page).stream()
                        .map(v -> shift.user() + " on landing page " + page.url() + ": " + v)
                        .toList());
                for (String path : shift.pages()) {
                    page.navigate(path);
                    page.waitForLoadState();
                    found.addAll(violations(page).stream()
                            .map(v -> shift.user() + " on " + path + ": " + v)
                            .toList());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    /** The WCAG A/AA violations axe-core finds on the page as it is now, one line each. */
    private static List<String> violations(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        return results.getViolations().stream()
                .map(AccessibilityBrowserTest::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        Set<String> targets = rule.getNodes().stream()
                .limit(3)
                .map(node -> String.valueOf(node.getTarget()))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        return rule.getId() + " (" + rule.getImpact() + ", " + rule.getNodes().size() + " elements, e.g. " + targets
                + "): " + rule.getHelp();
    }
}
