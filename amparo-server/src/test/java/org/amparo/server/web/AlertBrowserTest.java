package org.amparo.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.amparo.core.device.DeviceService;
import org.amparo.core.location.LocationIngestService;
import org.amparo.server.web.GeofenceScenario.Monitored;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One full breach through the pages: a subject under a court-ordered electronic monitoring order
 * leaves the 300 m circle around home, the alert appears live in the operator's queue, the operator
 * acknowledges it, and the order's page shows the rule in breach with the alert in its history. A
 * second order's alert, never acknowledged, is escalated by the runtime's tick and highlighted.
 * Arranged through the JSON API and the location pipeline, as real clients do.
 */
class AlertBrowserTest extends BrowserTestSupport {
    /** Longer than the test's acknowledgement timeout (10 s) plus a few geofence ticks (2 s). */
    private static final LocatorAssertions.HasAttributeOptions TICK_WAIT =
            new LocatorAssertions.HasAttributeOptions().setTimeout(40_000);

    @Autowired
    DeviceService devices;

    @Autowired
    LocationIngestService ingest;

    private GeofenceScenario scenario() {
        return new GeofenceScenario(this, devices, ingest, clock);
    }

    @Test
    void aBreachRaisesAnAlertThatTheOperatorAcknowledgesAndTheOrderPageShowsInBreach() {
        // A breach nobody acknowledges: escalated once the (test's 10 s) acknowledgement timeout passes.
        GeofenceScenario geofence = scenario();
        Monitored late = geofence.monitored("Carlos Tardío Web");
        geofence.walkOut(late);
        Monitored m = geofence.monitored("Juan Prueba Web");

        try (BrowserContext operatorSession = newContext()) {
            Page page = signIn(operatorSession, "operator", DEMO_PASSWORD);
            assertThat(page).hasURL(base() + "/alerts");
            assertThat(page.locator("body[data-live=connected]")).hasCount(1);
            Locator row = page.locator("tr[data-id]").filter(new Locator.FilterOptions().setHasText(m.subjectId()));
            assertThat(row).hasCount(0);

            // The breach arrives while the page is open: the list reloads itself.
            geofence.walkOut(m);
            assertThat(row).hasAttribute("data-status", "RAISED");
            assertThat(row).containsText("Left the permitted zone");
            assertThat(row.getByRole(AriaRole.LINK)).hasText(m.orderId().substring(0, 8));

            // The unacknowledged one is escalated at a tick and says so in words, not colour alone.
            Locator lateRow =
                    page.locator("tr[data-id]").filter(new Locator.FilterOptions().setHasText(late.subjectId()));
            assertThat(lateRow).hasAttribute("data-status", "ESCALATED", TICK_WAIT);
            assertThat(lateRow).hasClass(Pattern.compile("\\bescalated\\b"));
            assertThat(lateRow).containsText("Not acknowledged in time");

            // A resolution without a note is refused by the core and shown with its status.
            // The browser's own check is lifted and the form sent in one step, so that a live reload of
            // the list (an event arriving meanwhile) cannot put the check back in between.
            Locator resolveForm = row.locator("form.resolve");
            Response refused = page.waitForResponse(
                    r -> r.url().contains("/resolve"),
                    () -> resolveForm.evaluate(
                            "form => { form.querySelector('input[name=note]').removeAttribute('required');"
                                    + " form.requestSubmit(); }"));
            assertThat(refused.status()).isEqualTo(400);
            assertThat(page.locator("#errors")).containsText("a resolution needs a note");

            page.navigate("/alerts");
            // Waits for the queue the acknowledgement redirects to: the URL is the same before and after.
            backToQueue(
                    page, () -> row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Acknowledge"))
                            .click());
            assertThat(page).hasURL(base() + "/alerts");
            assertThat(page.locator("#notice")).hasText("Alert acknowledged.");
            assertThat(row).hasAttribute("data-status", "ACKNOWLEDGED");
            assertThat(row.locator(".status")).hasText("ACKNOWLEDGED");
            assertThat(row).containsText("Acknowledged by operator");
            assertThat(row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Acknowledge")))
                    .hasCount(0);
            screenshot(page, "alerts");

            row.getByRole(AriaRole.LINK).click();
            assertThat(page).hasURL(base() + "/monitoring-orders/" + m.orderId());
            assertThat(page.locator("#order-subject")).hasText(m.subjectId());
            Locator rule = page.locator("#rules tr[data-rule=r1]");
            assertThat(rule).hasAttribute("data-breach", "true");
            assertThat(rule.locator(".rule-state")).containsText("IN BREACH");
            assertThat(rule.locator(".rule-state")).containsText("since");
            assertThat(rule).containsText("Home");
            assertThat(page.locator("#order-alerts tr[data-status=ACKNOWLEDGED]"))
                    .hasCount(1);
            assertThat(page.locator("#order-map[data-drawn=ready][data-zone-count='1']"))
                    .hasCount(1);
            assertThat(page.locator("#order-map[data-track-points]")).hasCount(0);
            screenshot(page, "order");

            // The track is shown only after a justified read, and that read is audited.
            page.getByLabel("Justification").fill("Verifying the breach reported by alert");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show track"))
                    .click();
            assertThat(page).hasURL(base() + "/monitoring-orders/" + m.orderId() + "/track");
            assertThat(page.locator("#track-result")).containsText("2 fixes of the last 24 h");
            assertThat(page.locator("#order-map[data-drawn=ready][data-track-points='2']"))
                    .hasCount(1);
            screenshot(page, "order-track");

            // The operations map shows the open alerts where the subjects' triggering fixes were.
            page.navigate("/map");
            assertThat(page.locator("body[data-alerts]")).hasCount(1);
            assertThat(Integer.parseInt(page.locator("body").getAttribute("data-alerts")))
                    .isGreaterThanOrEqualTo(2);
        }
        ApiReply audit = apiGet("auditor", DEMO_PASSWORD, "/api/v1/audit?limit=5000");
        assertThat(audit.body()).contains("Verifying the breach reported by alert", "LOCATION_TRACK");
    }

    @Test
    void peopleWhoDoNotHandleAlertsCannotOpenTheQueue() {
        try (BrowserContext investigatorSession = newContext()) {
            Page page = signIn(investigatorSession, "investigator", DEMO_PASSWORD);
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Alerts")))
                    .hasCount(0);
            Response denied = page.navigate("/alerts");
            assertThat(denied.status()).isEqualTo(403);
        }
        try (BrowserContext auditorSession = newContext()) {
            Page page = signIn(auditorSession, "auditor", DEMO_PASSWORD);
            assertThat(page.navigate("/alerts").status()).isEqualTo(403);
            assertThat(page.navigate("/monitoring-orders/00000000-0000-0000-0000-000000000000")
                            .status())
                    .isEqualTo(403);
        }
    }
}
