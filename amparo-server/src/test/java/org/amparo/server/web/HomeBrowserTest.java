package org.amparo.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.alert.Alert;
import org.amparo.core.alert.AlertService;
import org.amparo.core.device.DeviceService;
import org.amparo.core.location.LocationIngestService;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.server.web.GeofenceScenario.Monitored;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Each role lands on the page of its work and sees nothing its role does not allow; an authorization's and a
 * monitoring order's timelines show a real flow's steps in order. Arranged through the JSON API, the location
 * pipeline and the core's services, as real clients do.
 */
class HomeBrowserTest extends BrowserTestSupport {
    private static final Actor INVESTIGATOR = new Actor("investigator", Set.of(Role.INVESTIGATOR));
    private static final Actor OPERATOR = new Actor("operator", Set.of(Role.OPERATOR));

    @Autowired
    DeviceService devices;

    @Autowired
    LocationIngestService ingest;

    @Autowired
    AlertService alerts;

    @Test
    void theApproverSeesAnUrgentRequestAboveTheOthersWithItsDeadline() {
        String calm = request(subject("Rosa Calma Home"), false);
        String urgent = request(subject("Pedro Urgente Home"), true);
        Instant requestedAt = Instant.parse(apiGet("approver", DEMO_PASSWORD, "/api/v1/authorizations/" + urgent)
                .json()
                .path("requestedAt")
                .asString());

        try (BrowserContext session = newContext()) {
            Page page = signIn(session, "approver", DEMO_PASSWORD);
            assertThat(page).hasURL(base() + "/home/approver");
            Locator rows = page.locator("#pending tbody tr");
            Locator urgentRow = page.locator("#pending tr[data-id='" + urgent + "']");
            assertThat(urgentRow).hasAttribute("data-urgent", "true");
            // A live use: decided within 24 h of its request.
            assertThat(urgentRow.locator(".deadline"))
                    .hasText(new Formats().time(requestedAt.plus(Duration.ofHours(24))));
            assertThat(urgentRow.locator(".left")).containsText("h");
            List<String> order = rows.evaluateAll("rs => rs.map(r => r.dataset.id)") instanceof List<?> ids
                    ? ids.stream().map(String::valueOf).toList()
                    : List.of();
            assertThat(order).contains(urgent, calm);
            assertThat(order.indexOf(urgent)).isLessThan(order.indexOf(calm));
            // Nothing neither overdue nor urgent comes before an urgent request.
            for (int i = 0; i < order.indexOf(urgent); i++) {
                Locator above = rows.nth(i);
                assertThat(above.getAttribute("data-urgent").equals("true")
                                || above.getAttribute("data-overdue").equals("true"))
                        .as("row %d above the urgent request is urgent or overdue", i)
                        .isTrue();
            }
            screenshot(page, "home-approver");
            urgentRow.getByText("Open and decide").click();
            assertThat(page).hasURL(base() + "/authorizations/" + urgent);
            assertThat(page.locator("#decide")).isVisible();
        }
    }

    @Test
    void theAuditorSeesTheChainIntactAndTheTransparencyNumbersButNoLiveOperations() {
        try (BrowserContext session = newContext()) {
            Page page = signIn(session, "auditor", DEMO_PASSWORD);
            assertThat(page).hasURL(base() + "/home/auditor");
            assertThat(page.locator("#chain")).hasAttribute("data-state", "intact");
            assertThat(page.locator("#chain")).containsText("Chain intact");
            LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
            JsonNode report = apiGet(
                            "auditor",
                            DEMO_PASSWORD,
                            "/api/v1/reports/transparency?from=" + today.minusDays(29) + "T00:00:00Z&to="
                                    + today.plusDays(1) + "T00:00:00Z")
                    .json();
            long requested = 0;
            for (JsonNode purpose : report.path("authorizationsByPurpose")) {
                requested += purpose.path("requested").asLong();
            }
            assertThat(requested).isPositive();
            assertThat(page.locator("#t-requested")).hasText(Long.toString(requested));
            assertThat(page.locator("#t-matches"))
                    .hasText(Long.toString(report.path("matches").asLong()));
            assertThat(page.locator("#plot-false-matches table")).hasCount(1);
            assertThat(page.getByText("Search the audit log")).isVisible();
            screenshot(page, "home-auditor");
            for (String live : List.of("/map", "/alerts", "/dispatch")) {
                assertThat(page.navigate(live).status()).as(live).isEqualTo(403);
            }
            assertThat(page.navigate("/home/supervisor").status()).isEqualTo(403);
        }
    }

    @Test
    void theInvestigatorSeesTheOwnRequest() {
        String id = request(subject("Ana Propia Home"), false);
        try (BrowserContext session = newContext()) {
            Page page = signIn(session, "investigator", DEMO_PASSWORD);
            assertThat(page).hasURL(base() + "/home/investigator");
            Locator row = page.locator("#my-requests tr[data-id='" + id + "']");
            assertThat(row).containsText("REQUESTED");
            screenshot(page, "home-investigator");
            assertThat(page.navigate("/home/approver").status()).isEqualTo(403);
        }
    }

    @Test
    void theDispatcherLandsOnTheBoardAndTheOperatorOnTheAlertQueue() {
        try (BrowserContext session = newContext()) {
            assertThat(signIn(session, "dispatcher", DEMO_PASSWORD)).hasURL(base() + "/dispatch");
        }
        try (BrowserContext session = newContext()) {
            assertThat(signIn(session, "operator", DEMO_PASSWORD)).hasURL(base() + "/alerts");
        }
    }

    @Test
    void theSupervisorsSummaryRendersItsPlotsWithTheirTables() {
        try (BrowserContext session = newContext()) {
            Page page = signIn(session, "supervisor", DEMO_PASSWORD);
            assertThat(page).hasURL(base() + "/home/supervisor");
            for (String id : List.of("plot-alerts", "plot-response", "plot-false-matches")) {
                Locator plot = page.locator("#" + id);
                assertThat(plot.locator("h2")).isVisible();
                assertThat(plot.locator("svg.plot-svg")).isVisible();
                assertThat(plot.locator(".plot-summary")).not().isEmpty();
                assertThat(plot.locator("table caption")).hasCount(1);
            }
            assertThat(page.locator("#plot-alerts tbody tr")).hasCount(HomePlots.HOURS);
            assertThat(page.locator("#link-map")).hasAttribute("href", "/map");
            assertThat(page.locator("#link-alerts")).hasAttribute("href", "/alerts");
            assertThat(page.locator("#link-board")).hasAttribute("href", "/dispatch");
            screenshot(page, "home-supervisor");
        }
    }

    @Test
    void anAuthorizationsTimelineShowsRequestApprovalUseRevocationAndNotificationInOrder() {
        Monitored m = monitored("Luis Línea Home");
        walkOut(m);
        apiPost(
                "approver",
                DEMO_PASSWORD,
                "/api/v1/authorizations/" + m.authorizationId() + "/revoke",
                Map.of("reason", "Measure lifted by the court"));

        try (BrowserContext session = newContext()) {
            Page page = signIn(session, "approver", DEMO_PASSWORD);
            page.navigate("/authorizations/" + m.authorizationId());
            Locator steps = page.locator("#timeline li");
            List<String> kinds = kinds(steps);
            assertThat(kinds).containsSubsequence("requested", "approved", "used", "revoked", "notification");
            Locator approved = page.locator("#timeline li[data-kind=approved]");
            assertThat(approved).containsText("approver");
            assertThat(approved).containsText("Court order for home detention verified");
            assertThat(page.locator("#timeline li[data-kind=revoked]")).containsText("Measure lifted by the court");
            // The two kept fixes, counted from the audit log without their entries, in the page's words.
            assertThat(page.locator("#timeline li[data-kind=used]")
                            .filter(new Locator.FilterOptions().setHasText("location track")))
                    .containsText("2 × created location track (done)");
            screenshot(page, "authorization-timeline");
        }
    }

    @Test
    void anOrdersTimelineShowsTheAlertRaisedAndAcknowledged() {
        Monitored m = monitored("Marta Orden Home");
        walkOut(m);
        List<Alert> raised = alerts.forOrder(MonitoringOrderId.parse(m.orderId()), 5);
        assertThat(raised).hasSize(1);
        alerts.acknowledge(OPERATOR, raised.getFirst().id()).orElseThrow();

        try (BrowserContext session = newContext()) {
            Page page = signIn(session, "supervisor", DEMO_PASSWORD);
            page.navigate("/monitoring-orders/" + m.orderId());
            List<String> kinds = kinds(page.locator("#timeline li"));
            assertThat(kinds).containsSubsequence("created", "alert-raised", "alert-acknowledged");
            assertThat(kinds).contains("bound");
            assertThat(page.locator("#timeline li[data-kind=alert-acknowledged]"))
                    .containsText("operator");
            screenshot(page, "order-timeline");
        }
    }

    private static List<String> kinds(Locator steps) {
        return steps.evaluateAll("ls => ls.map(l => l.dataset.kind)") instanceof List<?> ids
                ? ids.stream().map(String::valueOf).toList()
                : List.of();
    }

    private String subject(String name) {
        ApiReply subject = apiPost(
                "investigator", DEMO_PASSWORD, "/api/v1/subjects", Map.of("name", name, "category", "MISSING_PERSON"));
        assertThat(subject.status()).as(subject.body()).isEqualTo(201);
        return subject.json().path("id").asString();
    }

    /** A live face search for a missing person, requested by the investigator; urgent with a reason when asked. */
    private String request(String subjectId, boolean urgent) {
        Instant now = clock.instant();
        Map<String, Object> body = new HashMap<>(Map.of(
                "subjectId",
                subjectId,
                "purpose",
                "VICTIM_OR_MISSING_PERSON_SEARCH",
                "dataKinds",
                List.of("FACE"),
                "issuingAuthority",
                "Unidad Judicial de Familia de Quito",
                "legalBasis",
                "COIP art. 163, missing person",
                "reference",
                "17203-2026-01122",
                "notBefore",
                now.toString(),
                "expiresAt",
                now.plus(Duration.ofDays(7)).toString()));
        if (urgent) {
            body.put("urgent", true);
            body.put("urgentReason", "Child missing since last night; every hour counts");
        }
        ApiReply requested = apiPost("investigator", DEMO_PASSWORD, "/api/v1/authorizations", body);
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        return requested.json().path("id").asString();
    }

    /** A subject under home detention with an approved authorization, as the alert tests arrange it. */
    private Monitored monitored(String name) {
        return geofence().monitored(name);
    }

    private void walkOut(Monitored m) {
        geofence().walkOut(m);
    }

    private GeofenceScenario geofence() {
        return new GeofenceScenario(this, devices, ingest, clock);
    }
}
