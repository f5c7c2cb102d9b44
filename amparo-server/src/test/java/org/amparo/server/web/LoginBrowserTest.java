package org.amparo.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Sign-in, sign-out and the demo banner, in a real browser. */
class LoginBrowserTest extends BrowserTestSupport {

    @Test
    void wrongPasswordIsRefusedAndTheRightOneSignsIn() {
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/");
            assertThat(page).hasURL(base() + "/login");
            assertThat(page.locator("#demo-banner")).isVisible();
            assertThat(page.locator("#demo-banner")).containsText("DEMO DATA");

            page.getByLabel("Username").fill("operator");
            page.getByLabel("Password").fill("not-the-password");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            assertThat(page).hasURL(base() + "/login?error");
            assertThat(page.getByText("Invalid username or password")).isVisible();
            screenshot(page, "login-error");

            page.getByLabel("Username").fill("operator");
            page.getByLabel("Password").fill(DEMO_PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            // An operator's shift starts at the alert queue.
            assertThat(page).hasURL(base() + "/alerts");
            assertThat(page.locator("#user")).hasText("operator");
            assertThat(page.locator("#roles")).hasText("OPERATOR");
            assertThat(page.locator("#demo-banner")).isVisible();
            // An operator sees the alerts and the map but neither the audit log nor the request form.
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alerts")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Map")))
                    .isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit log")))
                    .hasCount(0);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Request authorization")))
                    .hasCount(0);
            screenshot(page, "signed-in");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))
                    .click();
            assertThat(page).hasURL(Pattern.compile("/login\\?logout$"));
            assertThat(page.getByText("Logged out")).isVisible();
        }
    }

    @Test
    void pagesSpeakSpanishWhenTheBrowserAsksAndEnglishOtherwise() {
        assertThat(get("/login", "es-EC,es;q=0.9").body()).contains("Iniciar sesión", "DEMO DATA");
        assertThat(get("/login", "de-DE").body()).contains("Sign in", "Username");
    }

    @Test
    void anAccountTheAdministratorCreatedChangesItsPasswordBeforeAnythingElse() {
        String username = "op." + Long.toString(System.nanoTime(), 36);
        String initial = "set-by-the-admin-1";
        String chosen = "tres palabras largas";
        ApiReply created = apiPost(
                "admin",
                DEMO_PASSWORD,
                "/api/v1/users",
                Map.of("username", username, "password", initial, "roles", List.of("OPERATOR")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("passwordChangeRequired").asBoolean()).isTrue();

        // the API holds the account to the change too
        ApiReply held = apiGet(username, initial, "/api/v1/alerts");
        assertThat(held.status()).isEqualTo(403);
        assertThat(held.json().path("type").asString()).isEqualTo("urn:amparo:problem:password-change-required");
        assertThat(apiGet(username, initial, "/api/v1/me").status()).isEqualTo(200);

        try (BrowserContext context = newContext()) {
            Page page = signIn(context, username, initial);
            assertThat(page).hasURL(base() + "/account/password");
            assertThat(page.locator("#password-required")).isVisible();
            page.navigate("/alerts");
            assertThat(page).hasURL(base() + "/account/password");

            change(page, "not-the-current-one", chosen, chosen);
            assertThat(page.locator("#errors")).containsText("The current password is wrong.");
            change(page, initial, chosen, chosen + "!");
            assertThat(page.locator("#errors")).containsText("The two new passwords differ.");
            change(page, initial, "mine-is-" + username, "mine-is-" + username);
            assertThat(page.locator("#errors")).containsText("must not contain your username");
            screenshot(page, "password-change-refused");

            change(page, initial, chosen, chosen);
            assertThat(page).hasURL(base() + "/login?passwordChanged");
            assertThat(page.locator("#password-changed")).isVisible();
        }
        try (BrowserContext context = newContext()) {
            Page page = context.newPage();
            page.navigate("/login");
            page.getByLabel("Username").fill(username);
            page.getByLabel("Password").fill(initial);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                    .click();
            assertThat(page).hasURL(base() + "/login?error");
        }
        try (BrowserContext context = newContext()) {
            Page page = signIn(context, username, chosen);
            assertThat(page).hasURL(base() + "/alerts");
        }
        assertThat(apiGet(username, chosen, "/api/v1/alerts").status()).isEqualTo(200);
        String audit =
                apiGet("auditor", DEMO_PASSWORD, "/api/v1/audit?limit=5000").body();
        assertThat(audit)
                .contains("password changed by its user", "password change: the current password was wrong")
                .doesNotContain(initial, chosen);
    }

    @Test
    void disablingAnAccountEndsItsOpenSessionAndAResetHoldsItAtTheChange() {
        String username = "sup." + Long.toString(System.nanoTime(), 36);
        String chosen = "un lugar de la mancha";
        ApiReply created = apiPost(
                "admin",
                DEMO_PASSWORD,
                "/api/v1/users",
                Map.of("username", username, "password", "set-by-the-admin-2", "roles", List.of("SUPERVISOR")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(apiPost(
                                username,
                                "set-by-the-admin-2",
                                "/api/v1/me/password",
                                Map.of("currentPassword", "set-by-the-admin-2", "newPassword", chosen))
                        .status())
                .isEqualTo(204);
        try (BrowserContext context = newContext()) {
            Page page = signIn(context, username, chosen);
            assertThat(page).hasURL(base() + "/home/supervisor");

            assertThat(apiPost(
                                    "admin",
                                    DEMO_PASSWORD,
                                    "/api/v1/users/" + username + "/password",
                                    Map.of("password", "reset-by-the-admin"))
                            .status())
                    .isEqualTo(200);
            page.navigate("/map");
            assertThat(page).hasURL(base() + "/account/password");

            assertThat(apiPost("admin", DEMO_PASSWORD, "/api/v1/users/" + username + "/disable", Map.of())
                            .status())
                    .isEqualTo(200);
            page.navigate("/home/supervisor");
            assertThat(page).hasURL(base() + "/login?ended");
            assertThat(page.locator("#session-ended")).isVisible();
            page.navigate("/home/supervisor");
            assertThat(page).hasURL(base() + "/login");
        }
    }

    private static void change(Page page, String current, String replacement, String repeat) {
        page.getByLabel("Current password").fill(current);
        page.getByLabel("New password (at least 12 characters)").fill(replacement);
        page.getByLabel("New password again").fill(repeat);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password"))
                .click();
    }
}
