package org.amparo.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;
import java.util.regex.Pattern;
import org.amparo.core.device.DeviceService;
import org.amparo.core.engine.Transactions;
import org.amparo.core.geo.AdminAreaStore;
import org.amparo.core.location.LocationIngestService;
import org.amparo.server.Http.Reply;
import org.amparo.server.face.FaceEngine;
import org.amparo.server.face.FacePhotos;
import org.amparo.server.face.FaceScenario;
import org.amparo.server.web.GeofenceScenario.Monitored;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Issue #6's "done": one queue of everything that needs a person. A stay-within breach in Cuenca, a face match at a
 * camera in Azuay and an incident without a unit in Quito appear in one list for the supervisor (the operator, who
 * may not open incidents, sees no incident); the filter narrows it by type and by province and is kept in the URL;
 * the alert goes red past its acknowledgement time (the test's 10 s) and says so in words; the keyboard acknowledges
 * the alert and confirms the match, once per person: the same operator twice is refused with the reason, a second
 * operator confirms it.
 */
class AlertQueueBrowserTest extends BrowserTestSupport {
    /** Longer than the test's acknowledgement timeout (10 s) plus a few geofence ticks (2 s). */
    private static final LocatorAssertions.HasAttributeOptions TICK_WAIT =
            new LocatorAssertions.HasAttributeOptions().setTimeout(40_000);

    @Autowired
    DeviceService devices;

    @Autowired
    LocationIngestService ingest;

    @Autowired
    FaceEngine engine;

    @Autowired
    Transactions tx;

    @Autowired
    AdminAreaStore areas;

    @Autowired
    ApplicationEventPublisher publisher;

    @Test
    void alertsMatchesAndIncidentsInOneQueueWorkedFromTheKeyboard() {
        EcuadorProvinces.importInto(tx, areas, publisher);
        GeofenceScenario geofence = new GeofenceScenario(this, devices, ingest, clock);
        Monitored m = geofence.monitored("Rosa Cola Web");
        geofence.walkOut(m);
        String matchKey = "face-match:" + faceMatch();
        String incidentKey = "incident:" + incidentInQuito();

        try (BrowserContext supervisorSession = newContext()) {
            Page page = signIn(supervisorSession, "supervisor", DEMO_PASSWORD);
            page.navigate("/alerts");
            Locator alert = alertRow(page, m);
            Locator match = row(page, matchKey);
            Locator incident = row(page, incidentKey);
            assertThat(alert).containsText("Left the permitted zone");
            assertThat(alert.locator(".province")).hasText("Azuay");
            assertThat(match).containsText("Face match awaiting confirmation");
            assertThat(match.locator(".province")).hasText("Azuay");
            assertThat(match).containsText("Parque Calderón Cola");
            assertThat(incident).containsText("Incident without a unit");
            assertThat(incident).containsText("P1 life in danger");
            assertThat(incident.locator(".province")).hasText("Pichincha");
            assertThat(incident.getByRole(AriaRole.LINK))
                    .hasAttribute("href", "/incidents/" + incidentKey.substring("incident:".length()));

            // Past the acknowledgement time the alert is red, and says so in words and with an icon.
            assertThat(alert).hasAttribute("data-urgency", "OVERDUE", TICK_WAIT);
            assertThat(alert).hasClass(Pattern.compile("\\burgency-OVERDUE\\b"));
            assertThat(alert.locator(".urgency")).containsText("Past its deadline");
            screenshot(page, "alert-queue-supervisor");

            // Filter by type, two of them: the filter is in the URL, so the screen can be bookmarked.
            page.locator("#type-INCIDENT").check();
            page.locator("#type-FACE_MATCH").check();
            page.locator("#queue-filter button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile("/alerts\\?type=FACE_MATCH&type=INCIDENT"));
            assertThat(row(page, incidentKey)).hasCount(1);
            assertThat(row(page, matchKey)).hasCount(1);
            assertThat(alertRow(page, m)).hasCount(0);
            assertThat(page.locator("#alerts tbody tr[data-kind=alert]")).hasCount(0);

            // Filter by province: Azuay keeps the alert and the match, not the incident in Quito.
            page.navigate("/alerts");
            page.locator("#province").selectOption("Azuay");
            page.locator("#queue-filter button[type=submit]").click();
            assertThat(page).hasURL(Pattern.compile("/alerts\\?.*province=Azuay"));
            assertThat(alertRow(page, m)).hasCount(1);
            assertThat(row(page, matchKey)).hasCount(1);
            assertThat(row(page, incidentKey)).hasCount(0);
            assertThat(page.locator("#alerts tbody tr[data-province]:not([data-province=Azuay])"))
                    .hasCount(0);
        }

        try (BrowserContext operatorSession = newContext()) {
            Page page = signIn(operatorSession, "operator", DEMO_PASSWORD);
            assertThat(page).hasURL(base() + "/alerts");
            assertThat(page.locator("body[data-live=connected]")).hasCount(1);
            // The operator may not open incidents: none listed, none to filter by.
            assertThat(row(page, incidentKey)).hasCount(0);
            assertThat(page.locator("#type-INCIDENT")).hasCount(0);

            Locator alert = alertRow(page, m);
            String alertKey = alert.getAttribute("data-key");
            select(page, alertKey);
            assertThat(page.locator("#queue-announce")).containsText("Left the permitted zone");

            // Shortcuts never fire while typing: "a" in the note is a letter, not an acknowledgement.
            Locator note = alert.locator("input[name=note]");
            note.pressSequentially("ja");
            assertThat(note).hasValue("ja");
            assertThat(page.locator("body")).hasAttribute("data-selected", alertKey);
            assertThat(alert).not().hasAttribute("data-status", "ACKNOWLEDGED");
            note.fill("");
            page.locator("h1").click();

            page.keyboard().press("?");
            assertThat(page.locator("#queue-help")).isVisible();
            assertThat(page.locator("#queue-help")).containsText("Acknowledge the alert");
            page.keyboard().press("Escape");
            assertThat(page.locator("#queue-help")).isHidden();

            assertThat(page.locator("body")).hasAttribute("data-selected", alertKey);
            backToQueue(page, () -> page.keyboard().press("a"));
            assertThat(page.locator("#notice")).hasText("Alert acknowledged.");
            assertThat(row(page, alertKey)).hasAttribute("data-status", "ACKNOWLEDGED");
            assertThat(row(page, alertKey)).containsText("Acknowledged by operator");

            // r asks for the note (its field takes the focus); Enter there resolves the alert.
            select(page, alertKey);
            page.keyboard().press("r");
            Locator resolution = row(page, alertKey).locator("input[name=note]");
            assertThat(resolution).isFocused();
            assertThat(page.locator("#queue-announce")).containsText("Type the resolution note");
            resolution.pressSequentially("Subject reached by phone, back home");
            backToQueue(page, () -> resolution.press("Enter"));
            assertThat(page.locator("#notice")).hasText("Alert resolved.");
            assertThat(row(page, alertKey)).hasCount(0);

            select(page, matchKey);
            backToQueue(page, () -> page.keyboard().press("c"));
            assertThat(page.locator("#notice")).hasText("Your confirmation is recorded; a second person must confirm.");
            assertThat(row(page, matchKey)).containsText("You have given your verdict");
            // The same person twice: refused by the service, with the reason, whatever the keyboard allows.
            select(page, matchKey);
            Response refused = page.waitForResponse(
                    r -> r.url().contains("/verdict"), () -> page.keyboard().press("c"));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(page.locator("#errors")).containsText("you have already given your verdict");
            screenshot(page, "alert-queue-operator");
        }

        try (BrowserContext secondSession = newContext()) {
            Page page = signIn(secondSession, "operator2", DEMO_PASSWORD);
            select(page, matchKey);
            backToQueue(page, () -> page.keyboard().press("c"));
            assertThat(page.locator("#notice")).hasText("Match confirmed by two people.");
            // Confirmed, it no longer needs a person: gone from the default view, listed under its status.
            assertThat(row(page, matchKey)).hasCount(0);
            page.navigate("/alerts?status=CONFIRMED&type=FACE_MATCH");
            assertThat(row(page, matchKey)).hasAttribute("data-status", "CONFIRMED");
            assertThat(row(page, matchKey).locator(".verdicts")).containsText("operator2");
        }
    }

    private static Locator row(Page page, String key) {
        return page.locator("#alerts tr[data-key='" + key + "']");
    }

    private static Locator alertRow(Page page, Monitored m) {
        return page.locator("#alerts tr[data-kind=alert]")
                .filter(new Locator.FilterOptions().setHasText(m.subjectId()));
    }

    /** Moves the selection with j until the line is selected; lines may move as others change meanwhile. */
    private static void select(Page page, String key) {
        assertThat(row(page, key)).hasCount(1);
        page.locator("h1").click();
        int lines = page.locator("#alerts tbody tr[data-key]").count();
        for (int i = 0; i < 3 * lines && !key.equals(page.locator("body").getAttribute("data-selected")); i++) {
            page.keyboard().press(i < lines ? "j" : "k");
        }
        assertThat(page.locator("body")).hasAttribute("data-selected", key);
        assertThat(row(page, key)).hasAttribute("aria-current", "true");
    }

    /** A real match: an enrolled person's unseen photo at an in-scope camera in Azuay. */
    private String faceMatch() {
        // Not the person FaceMatchBrowserTest enrols: both share the gallery of one application.
        FacePhotos person = FacePhotos.find(engine, 1);
        FaceScenario scenario = new FaceScenario(port, clock);
        String camera = scenario.camera("Parque Calderón Cola");
        String subjectId = scenario.subject();
        String authorizationId = scenario.authorization(subjectId, camera);
        Reply enrolled = scenario.enrol(subjectId, authorizationId, person.enrolment());
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        Reply frame = scenario.frame("admin", camera, person.seen());
        assertThat(frame.status()).as(frame.body()).isEqualTo(202);
        return frame.json().path("matchIds").get(0).asString("");
    }

    /** An urgent call in Quito (Pichincha) that no unit has been sent to. */
    private String incidentInQuito() {
        ApiReply created = apiPost(
                "dispatcher",
                DEMO_PASSWORD,
                "/api/v1/incidents",
                Map.of(
                        "callerNumber", "+593987650066",
                        "type", "MEDICAL",
                        "priority", 1,
                        "description", "DEMO Plaza Grande",
                        "location", Map.of("lat", -0.2201, "lon", -78.5123)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asString();
    }
}
