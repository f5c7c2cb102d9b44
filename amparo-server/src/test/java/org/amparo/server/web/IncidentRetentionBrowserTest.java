package org.amparo.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.util.Map;
import org.amparo.core.retention.RetentionService;
import org.amparo.server.MutableClock;
import org.amparo.server.TestClockConfig;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The retention of a closed incident's personal data, in the real application with its own database and a clock that
 * moves more than a year: the purge removes the caller's number, the description, the notes and the exact position
 * of an incident closed longer ago than {@code amparo.retention.incident-personal-data-days} and records what it
 * did; the incident page still opens and says what was removed; an open incident keeps everything.
 */
@TestPropertySource(
        properties = {
            "amparo.database.url=jdbc:h2:mem:incident-retention;DB_CLOSE_DELAY=-1",
            "amparo.data-dir=target/test-data/incident-retention",
            "amparo.retention.incident-personal-data-days=400"
        })
@Import(TestClockConfig.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class IncidentRetentionBrowserTest extends BrowserTestSupport {
    private static final String WHY = "?justification=handling+the+emergency+call";

    @Autowired
    MutableClock mutableClock;

    @Autowired
    RetentionService retention;

    @Test
    void aClosedIncidentLosesItsPersonalDataAfterTheRetentionAgeAndAnOpenOneKeepsIt() {
        String number = "+593991112223";
        String closed = incident(number, "Calle Larga 7-45, señora inconsciente");
        assertThat(apiPost(
                                "dispatcher",
                                DEMO_PASSWORD,
                                "/api/v1/incidents/" + closed + "/notes",
                                Map.of("text", "La hija llamará al 0994445556"))
                        .status())
                .isEqualTo(200);
        assertThat(apiPost(
                                "supervisor",
                                DEMO_PASSWORD,
                                "/api/v1/incidents/" + closed + "/status",
                                Map.of("status", "CLOSED"))
                        .status())
                .isEqualTo(200);
        String open = incident("+593990001112", "Incendio en la bodega de la calle Sucre");

        // the scheduled purge may run too, so the checks are on what is stored, not on what one run returned
        mutableClock.advance(Duration.ofDays(399));
        retention.purge();
        assertThat(read(closed).path("callerNumber").asString("")).isEqualTo(number);

        mutableClock.advance(Duration.ofDays(2));
        retention.purge();

        JsonNode stripped = read(closed);
        assertThat(stripped.path("callerNumber").isNull()).isTrue();
        assertThat(stripped.path("description").asString("x")).isEmpty();
        assertThat(stripped.path("location").path("lat").asDouble()).isEqualTo(-2.9);
        assertThat(stripped.path("location").path("lon").asDouble()).isEqualTo(-79.0);
        assertThat(stripped.path("status").asString("")).isEqualTo("CLOSED");
        assertThat(stripped.toString()).doesNotContain("0994445556", "991112223", "Calle Larga");
        assertThat(read(open).path("callerNumber").asString("")).isEqualTo("+593990001112");
        assertThat(apiGet("auditor", DEMO_PASSWORD, "/api/v1/audit?limit=5000").body())
                .contains("class=INCIDENT_PERSONAL_DATA deleted=1");

        try (BrowserContext context = newContext()) {
            Page page = signIn(context, "dispatcher", DEMO_PASSWORD);
            page.navigate("/incidents/" + closed);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the incident"))
                    .click();
            assertThat(page.locator("#caller-number-removed")).containsText("removed by the retention purge");
            assertThat(page.locator("#caller-number")).hasCount(0);
            assertThat(page.locator("main")).not().containsText("0994445556");
            screenshot(page, "incident-after-retention");
        }
    }

    private String incident(String number, String description) {
        ApiReply created = apiPost(
                "dispatcher",
                DEMO_PASSWORD,
                "/api/v1/incidents",
                Map.of(
                        "callerNumber",
                        number,
                        "type",
                        "MEDICAL",
                        "priority",
                        1,
                        "description",
                        description,
                        "location",
                        Map.of("lat", -2.897_412, "lon", -79.004_537)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private JsonNode read(String id) {
        ApiReply reply = apiGet("dispatcher", DEMO_PASSWORD, "/api/v1/incidents/" + id + WHY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
