package org.amparo.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The audit log page is the auditor's alone. */
class AuditBrowserTest extends BrowserTestSupport {

    @Test
    void auditorSeesTheIntactChainAndAnOperatorIsRefused() {
        try (BrowserContext auditorSession = newContext()) {
            Page page = signIn(auditorSession, "auditor", DEMO_PASSWORD);
            assertThat(page).hasURL(base() + "/home/auditor");
            page.getByText("Search the audit log").click();
            assertThat(page).hasURL(base() + "/audit");
            assertThat(page.locator("#chain")).hasText(Pattern.compile("^Chain intact: \\d+ entries$"));
            assertThat(page.locator("#audit-entries tbody tr").first()).isVisible();
            screenshot(page, "audit");
            // Viewing the log was itself audited: a reload shows the auditor's READ of the log.
            page.reload();
            assertThat(page.locator("#audit-entries tbody tr")
                            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("AUDIT_LOG"))
                            .first())
                    .containsText("auditor");
        }
        try (BrowserContext operatorSession = newContext()) {
            Page page = signIn(operatorSession, "operator", DEMO_PASSWORD);
            Response response = page.navigate("/audit");
            assertThat(response.status()).isEqualTo(403);
            assertThat(page.locator("#error-title")).hasText("Error 403");
            assertThat(page.locator("#demo-banner")).isVisible();
            screenshot(page, "audit-forbidden");
        }
    }

    @Test
    void transparencyReportIsPrintableAndCountsOnly() {
        try (BrowserContext supervisorSession = newContext()) {
            Page page = signIn(supervisorSession, "supervisor", DEMO_PASSWORD);
            page.navigate("/reports/transparency");
            assertThat(page.locator("#by-purpose tbody tr")).hasCount(5);
            assertThat(page.locator("#by-purpose")).containsText("Search for a victim or missing person");
            screenshot(page, "transparency");
            Response refused = page.navigate("/reports/transparency?from=2026-02-01&to=2026-01-01");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(page.locator("#errors")).containsText("must not be before from");
        }
    }
}
