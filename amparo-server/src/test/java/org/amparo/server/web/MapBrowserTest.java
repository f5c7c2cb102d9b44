package org.amparo.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The operations map: offline basemap, no request leaves the server, live authorization events. */
class MapBrowserTest extends BrowserTestSupport {

    @Test
    void rendersTheOfflineBasemapAndReceivesLiveAuthorizationEvents() {
        try (BrowserContext operatorSession = newContext()) {
            List<String> external = new ArrayList<>();
            operatorSession.onRequest(r -> {
                if (!r.url().startsWith(base()) && !r.url().startsWith("data:")) {
                    external.add(r.url());
                }
            });
            Page page = signIn(operatorSession, "operator", DEMO_PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Map"))
                    .click();
            assertThat(page).hasURL(base() + "/map");
            assertThat(page.locator("body[data-basemap=ready]")).hasCount(1);
            // Leaflet keeps countries outside the view as empty paths; Ecuador and its neighbours are drawn.
            assertThat(page.locator("#map path:not([d='M0 0'])").first()).isVisible();
            assertThat(page.locator("body[data-areas]")).hasCount(1);
            assertThat(page.locator("#live[data-state=connected]")).hasCount(1);

            ApiReply subject = apiPost(
                    "investigator",
                    DEMO_PASSWORD,
                    "/api/v1/subjects",
                    Map.of("name", "Rosa Prueba Mapa", "category", "MISSING_PERSON"));
            assertThat(subject.status()).as(subject.body()).isEqualTo(201);
            Instant now = clock.instant();
            ApiReply requested = apiPost(
                    "investigator",
                    DEMO_PASSWORD,
                    "/api/v1/authorizations",
                    Map.of(
                            "subjectId",
                            subject.json().path("id").asString(),
                            "purpose",
                            "VICTIM_OR_MISSING_PERSON_SEARCH",
                            "dataKinds",
                            List.of("FACE"),
                            "issuingAuthority",
                            "Unidad Judicial de Guayaquil",
                            "legalBasis",
                            "COIP art. 470",
                            "reference",
                            "09286-2026-00042",
                            "notBefore",
                            now.toString(),
                            "expiresAt",
                            now.plus(Duration.ofDays(2)).toString()));
            assertThat(requested.status()).as(requested.body()).isEqualTo(201);
            String id = requested.json().path("id").asString();

            assertThat(page.locator("#events li[data-authorization-id='" + id + "']"))
                    .containsText("REQUESTED");
            screenshot(page, "map");
            assertThat(external).as("requests that left the server").isEmpty();
        }
    }
}
