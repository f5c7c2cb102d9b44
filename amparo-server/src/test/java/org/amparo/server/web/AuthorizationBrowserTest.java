package org.amparo.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The request and decision of an authorization through the pages, by the people the charter names. */
class AuthorizationBrowserTest extends BrowserTestSupport {
    private static final Pattern DETAIL = Pattern.compile("/authorizations/[0-9a-f-]{36}$");

    @Test
    void investigatorRequestsAndADifferentApproverApproves() {
        String detailUrl;
        try (BrowserContext investigatorSession = newContext()) {
            Page page = signIn(investigatorSession, "investigator", DEMO_PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Request authorization"))
                    .click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Create a new subject"))
                    .click();
            page.getByLabel("Full name").fill("María Prueba Web");
            page.getByLabel("Category").selectOption(new SelectOption().setValue("MISSING_PERSON"));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create subject"))
                    .click();

            assertThat(page).hasURL(Pattern.compile("/authorizations/new\\?subjectId=[0-9a-f-]{36}$"));
            assertThat(page.locator("#subject-created")).containsText("María Prueba Web");
            assertThat(page.getByLabel("Subject id")).not().isEmpty();
            page.getByLabel("Purpose").selectOption(new SelectOption().setValue("SERIOUS_OFFENCE_SUSPECT"));
            page.getByLabel("Location").check();
            page.getByLabel("Issuing authority").fill("Unidad Judicial Penal de Quito");
            page.getByLabel("Legal basis").fill("COIP art. 470, missing person search");
            page.getByLabel("Reference number").fill("17282-2026-00123");
            Response invalid = page.waitForResponse(
                    r -> r.url().endsWith("/authorizations")
                            && r.request().method().equals("POST"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit request"))
                            .click());

            // The core's violations are all listed beside the form, which keeps what was typed.
            assertThat(invalid.status()).isEqualTo(400);
            assertThat(page.locator("#errors")).containsText("does not allow data kind LOCATION");
            assertThat(page.locator("#errors")).containsText("cannot concern a subject of category MISSING_PERSON");
            assertThat(page.getByLabel("Reference number")).hasValue("17282-2026-00123");
            screenshot(page, "request-invalid");
            page.getByLabel("Purpose").selectOption(new SelectOption().setValue("VICTIM_OR_MISSING_PERSON_SEARCH"));
            screenshot(page, "request-form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Submit request"))
                    .click();

            assertThat(page).hasURL(DETAIL);
            assertThat(page.locator("#status")).hasText("REQUESTED");
            assertThat(page.locator("#requested-by")).hasText("investigator");
            // The investigator is no approver: no decision form, only the withdrawal of the own request.
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve")))
                    .hasCount(0);
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke authorization")))
                    .isVisible();
            screenshot(page, "requested");
            detailUrl = page.url();
        }

        try (BrowserContext approverSession = newContext()) {
            Page page = signIn(approverSession, "approver", DEMO_PASSWORD);
            assertThat(page).hasURL(base() + "/home/approver");
            String id = detailUrl.substring(detailUrl.lastIndexOf('/') + 1);
            assertThat(page.locator("tr[data-id='" + id + "']")).isVisible();
            screenshot(page, "pending");
            page.locator("tr[data-id='" + id + "'] a").click();
            assertThat(page).hasURL(detailUrl);
            page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true))
                    .fill("Order verified with the court; proportionate for 7 days.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"))
                    .click();

            assertThat(page).hasURL(detailUrl);
            assertThat(page.locator("#status")).hasText("APPROVED");
            assertThat(page.locator("#notice")).hasText("Decision recorded.");
            assertThat(page.locator("#decision")).containsText("approver");
            screenshot(page, "approved");
        }
    }

    @Test
    void theRequesterCannotApproveTheOwnRequestEvenHoldingTheApproverRole() {
        ApiReply user = apiPost(
                "admin",
                DEMO_PASSWORD,
                "/api/v1/users",
                Map.of(
                        "username",
                        "dual",
                        "password",
                        "dual-password-123",
                        "roles",
                        List.of("INVESTIGATOR", "APPROVER")));
        assertThat(user.status()).as(user.body()).isEqualTo(201);
        // the administrator chose that password: its user replaces it first
        ApiReply changed = apiPost(
                "dual",
                "dual-password-123",
                "/api/v1/me/password",
                Map.of("currentPassword", "dual-password-123", "newPassword", "own-passphrase-456"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        ApiReply subject = apiPost(
                "dual",
                "own-passphrase-456",
                "/api/v1/subjects",
                Map.of("name", "Pedro Prueba Dual", "category", "MISSING_PERSON"));
        assertThat(subject.status()).as(subject.body()).isEqualTo(201);
        Instant now = clock.instant();
        ApiReply requested = apiPost(
                "dual",
                "own-passphrase-456",
                "/api/v1/authorizations",
                Map.of(
                        "subjectId",
                        subject.json().path("id").asString(),
                        "purpose",
                        "VICTIM_OR_MISSING_PERSON_SEARCH",
                        "dataKinds",
                        List.of("LOCATION"),
                        "issuingAuthority",
                        "Unidad Judicial de Cuenca",
                        "legalBasis",
                        "COIP art. 470",
                        "reference",
                        "01283-2026-00077",
                        "notBefore",
                        now.toString(),
                        "expiresAt",
                        now.plus(Duration.ofDays(3)).toString()));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String id = requested.json().path("id").asString();

        try (BrowserContext dualSession = newContext()) {
            Page page = signIn(dualSession, "dual", "own-passphrase-456");
            page.navigate("/authorizations/" + id);
            page.getByLabel("Reason", new Page.GetByLabelOptions().setExact(true))
                    .fill("I would like to approve my own request.");
            Response refused = page.waitForResponse(
                    r -> r.url().endsWith("/authorizations/" + id + "/decision"),
                    () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve"))
                            .click());

            assertThat(refused.status()).isEqualTo(403);
            assertThat(page.locator("#errors")).containsText("the requester of an authorization cannot decide it");
            assertThat(page.locator("#status")).hasText("REQUESTED");
            screenshot(page, "self-approval-refused");
        }
    }
}
