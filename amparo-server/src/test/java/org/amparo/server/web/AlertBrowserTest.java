package org.amparo.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceKind;
import org.amparo.core.device.DeviceService;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.location.LocationIngestService;
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
    private static final Actor INVESTIGATOR = new Actor("investigator", Set.of(Role.INVESTIGATOR));
    private static final GeoPoint HOME = new GeoPoint(-2.9001, -79.0059);
    /** About 400 m south of home: outside the 300 m circle, its 20 m margin and the fix's accuracy. */
    private static final double AWAY_LATITUDE = -2.9037;
    /** Longer than the test's acknowledgement timeout (10 s) plus a few geofence ticks (2 s). */
    private static final LocatorAssertions.HasAttributeOptions TICK_WAIT =
            new LocatorAssertions.HasAttributeOptions().setTimeout(40_000);

    @Autowired
    DeviceService devices;

    @Autowired
    LocationIngestService ingest;

    record Monitored(String subjectId, Device device, String orderId) {}

    @Test
    void aBreachRaisesAnAlertThatTheOperatorAcknowledgesAndTheOrderPageShowsInBreach() {
        // A breach nobody acknowledges: escalated once the (test's 10 s) acknowledgement timeout passes.
        Monitored late = monitored("Carlos Tardío Web");
        walkOut(late);
        Monitored m = monitored("Juan Prueba Web");

        try (BrowserContext operatorSession = newContext()) {
            Page page = signIn(operatorSession, "operator", DEMO_PASSWORD);
            assertThat(page).hasURL(base() + "/alerts");
            assertThat(page.locator("body[data-live=connected]")).hasCount(1);
            Locator row = page.locator("tr[data-id]").filter(new Locator.FilterOptions().setHasText(m.subjectId()));
            assertThat(row).hasCount(0);

            // The breach arrives while the page is open: the list reloads itself.
            walkOut(m);
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
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Acknowledge"))
                    .click();
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

    /** A subject, an approved monitoring authorization, a bound tracker and a stay-within order of home. */
    private Monitored monitored(String name) {
        ApiReply subject = apiPost(
                "investigator", DEMO_PASSWORD, "/api/v1/subjects", Map.of("name", name, "category", "CONVICTED"));
        assertThat(subject.status()).as(subject.body()).isEqualTo(201);
        String subjectId = subject.json().path("id").asString();
        Instant now = clock.instant();
        Map<String, Object> request = new HashMap<>(Map.of(
                "subjectId",
                subjectId,
                "purpose",
                "ELECTRONIC_MONITORING_ORDER",
                "dataKinds",
                List.of("LOCATION"),
                "issuingAuthority",
                "Unidad Judicial Penal de Cuenca",
                "legalBasis",
                "COIP art. 522, home detention",
                "reference",
                "01283-2026-00519",
                "notBefore",
                now.toString(),
                "expiresAt",
                now.plus(Duration.ofDays(60)).toString()));
        ApiReply requested = apiPost("investigator", DEMO_PASSWORD, "/api/v1/authorizations", request);
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String authorizationId = requested.json().path("id").asString();
        ApiReply approved = apiPost(
                "approver",
                DEMO_PASSWORD,
                "/api/v1/authorizations/" + authorizationId + "/decision",
                Map.of("decision", "APPROVE", "reason", "Court order for home detention verified"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        Device device = devices.register(
                        INVESTIGATOR,
                        "web-em-" + subjectId.substring(0, 8),
                        DeviceKind.TRACKER,
                        "EM tracker",
                        "0f".repeat(32))
                .orElseThrow();
        devices.bind(INVESTIGATOR, device.id(), SubjectId.parse(subjectId), AuthorizationId.parse(authorizationId))
                .orElseThrow();
        ApiReply zone = apiPost(
                "investigator",
                DEMO_PASSWORD,
                "/api/v1/zones",
                Map.of(
                        "name",
                        "Home",
                        "circle",
                        Map.of("lat", HOME.latitude(), "lon", HOME.longitude(), "radiusMeters", 300)));
        assertThat(zone.status()).as(zone.body()).isEqualTo(201);
        ApiReply order = apiPost(
                "investigator",
                DEMO_PASSWORD,
                "/api/v1/monitoring-orders",
                Map.of(
                        "authorizationId",
                        authorizationId,
                        "subjectId",
                        subjectId,
                        "deviceId",
                        device.id().toString(),
                        "rules",
                        List.of(Map.of(
                                "type",
                                "STAY_WITHIN",
                                "zoneIds",
                                List.of(zone.json().path("id").asString()),
                                "marginMeters",
                                20))));
        assertThat(order.status()).as(order.body()).isEqualTo(201);
        return new Monitored(subjectId, device, order.json().path("id").asString());
    }

    /**
     * A fix at home, then one outside, stamped just after the device was bound (fixes before the
     * binding are dropped) and 9 s apart (a faster walk is dropped as an impossible speed); the second
     * is a few seconds ahead of the clock, which devices' clocks may be.
     */
    private void walkOut(Monitored m) {
        Instant at = clock.instant();
        fix(m, HOME.latitude(), at.plusSeconds(1));
        fix(m, AWAY_LATITUDE, at.plusSeconds(10));
    }

    private void fix(Monitored m, double latitude, Instant at) {
        assertThat(ingest.ingest(List.of(new DeviceFix(
                                m.device().identifier(),
                                at,
                                new GeoPoint(latitude, HOME.longitude()),
                                FixReadings.builder().accuracyMeters(8.0).build(),
                                FixSource.OSMAND)))
                        .kept())
                .as("fix at %s kept", at)
                .isEqualTo(1);
    }
}
