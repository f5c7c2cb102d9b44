package org.amparo.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
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
}
