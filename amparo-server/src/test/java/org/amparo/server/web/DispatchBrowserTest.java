package org.amparo.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.device.DeviceStore;
import org.amparo.core.dispatch.Unit;
import org.amparo.core.dispatch.UnitPosition;
import org.amparo.core.dispatch.UnitService;
import org.amparo.core.engine.Transactions;
import org.amparo.core.geo.AdminAreaStore;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.ingest.SharedTestData;
import org.amparo.core.location.LocationIngestService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Emergency calls and dispatch in the browser: a call becomes an incident, the caller's real AML SMS arrives while
 * its page is open and shows up live as supplementary, a person accepts it, dispatches the nearest unit after
 * confirming, and the unit and incident go on scene and closed, each step on the timeline with its author. The
 * auditor sees the statistics and never live operations.
 */
class DispatchBrowserTest extends BrowserTestSupport {
    /** A real AML SMS (version 1, GNSS, 52 m, 68 %) from the shared examples. */
    private static final String AML_CASE = "from_text_sms";

    private static final String ENTERED = "-2.90010, -79.00590";
    private static final String HANDSET = "48.82639, -2.36619";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    UnitService units;

    @Autowired
    DeviceStore devices;

    @Autowired
    LocationIngestService ingest;

    @Autowired
    Transactions tx;

    @Autowired
    AdminAreaStore areas;

    @Autowired
    ApplicationEventPublisher publisher;

    @Test
    void callToClosedWithTheCallerLocationArrivingLive() {
        String aml = amlMessage(AML_CASE);
        String number = "+59398" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
        EcuadorProvinces.importInto(tx, areas, publisher);
        demoUnitsReportAgain();
        try (BrowserContext session = newContext()) {
            Page board = signIn(session, "dispatcher", DEMO_PASSWORD);
            assertThat(board).hasURL(base() + "/dispatch");
            assertThat(board.locator("body[data-live=connected]")).hasCount(1);
            Page page = session.newPage();
            page.navigate("/dispatch");
            String id = openIncidentFromCall(page, number);
            // The board, open in another tab, shows the new incident without a reload, and no personal data.
            Locator row = board.locator("#board-incidents tr.incident-row[data-id='" + id + "']");
            assertThat(row).containsText("P1 life in danger");
            assertThat(row).containsText("Azuay");
            assertThat(board.locator("#board-live")).not().containsText(number);
            assertThat(board.locator("#unit-counts tr[data-status=AVAILABLE] .count"))
                    .not()
                    .hasText("0");
            screenshot(board, "dispatch-board");
            assertThat(page.locator("#caller-number")).hasText(number);
            assertThat(page.locator("#incident-location")).hasText(ENTERED);
            assertThat(page.locator("#incident-province")).hasText("Azuay");
            assertThat(page.locator("#caller-none")).isVisible();
            assertThat(page.locator("body[data-live=connected]")).hasCount(1);

            ApiReply sms =
                    gatewayPost("/api/v1/aml/sms?from=" + URLEncoder.encode(number, StandardCharsets.UTF_8), aml);
            assertThat(sms.status()).as(sms.body()).isEqualTo(200);
            assertThat(sms.json().path("outcome").asString()).isEqualTo("MATCHED");
            assertThat(sms.json().path("incidentId").asString()).isEqualTo(id);

            callerLocationAppearsAsSupplementary(page);
            screenshot(page, "incident-caller-location-live");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept as incident location"))
                    .click();
            assertThat(page.locator("#notice")).hasText("Incident location set.");
            assertThat(page.locator("#incident-location")).hasText(HANDSET);
            assertThat(page.locator("#caller-locations .accepted")).isVisible();

            dispatchTheNearestAmbulanceAfterConfirming(page);
            workTheIncidentToClosed(page);
            timelineNamesTheDispatcherAtEachStep(page);
            screenshot(page, "incident-closed");
            assertThat(row).hasCount(0);
        }
    }

    @Test
    void theAuditorSeesStatisticsButNoLiveOperations() {
        EcuadorProvinces.importInto(tx, areas, publisher);
        ApiReply created = apiPost(
                "dispatcher",
                DEMO_PASSWORD,
                "/api/v1/incidents",
                Map.of(
                        "callerNumber", "+593987650001",
                        "type", "FIRE",
                        "priority", 2,
                        "description", "DEMO Calle Larga",
                        "location", Map.of("lat", -2.8990, "lon", -79.0030)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().path("id").asString();
        try (BrowserContext session = newContext()) {
            Page page = signIn(session, "auditor", DEMO_PASSWORD);
            assertThat(page.locator("nav")).not().containsText("Dispatch board");
            for (String refused : List.of("/dispatch", "/dispatch/board", "/calls/new", "/incidents/" + id)) {
                Response response = page.navigate(refused);
                assertThat(response.status()).as(refused).isEqualTo(403);
                assertThat(page.locator("#error-title")).hasText("Error 403");
            }
            page.navigate("/");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Statistics"))
                    .click();
            assertThat(page).hasURL(base() + "/stats");
            assertThat(page.locator("#total")).not().hasText("0");
            assertThat(page.locator("#by-province")).containsText("Azuay");
            assertThat(page.locator("#by-type")).containsText("Fire");
            assertThat(page.locator("#comparison")).containsText("Azuay");
            String csv = page.request()
                    .get(page.locator("#csv").getAttribute("href"))
                    .text();
            assertThat(csv).startsWith("period,province_id,province,type,priority,incidents");
            assertThat(csv).contains("Azuay").doesNotContain("+593");
            screenshot(page, "stats-auditor");
        }
    }

    /** Dispatcher: from the board to the call-taker form, then the incident page after giving a reason. */
    private String openIncidentFromCall(Page page, String number) {
        page.getByRole(
                        AriaRole.LINK,
                        new Page.GetByRoleOptions().setName("New call").setExact(true))
                .first()
                .click();
        assertThat(page).hasURL(base() + "/calls/new");
        assertThat(page.locator("body[data-basemap=ready]")).hasCount(1);
        page.getByLabel("Caller number").fill(number);
        page.getByLabel("Type").selectOption("MEDICAL");
        page.getByLabel("Priority").selectOption("1");
        page.getByLabel("Address and what happened").fill("DEMO Av. Solano y 12 de Abril, person collapsed");
        page.getByLabel("Note for the timeline").fill("Caller is a passer-by");
        page.getByLabel("Latitude").fill("-2.90010");
        page.getByLabel("Longitude").fill("-79.00590");
        screenshot(page, "call-new");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open incident"))
                .click();
        assertThat(page.locator("#justify")).isVisible();
        String id = page.url().substring(page.url().lastIndexOf('/') + 1);
        assertThat(page.getByLabel("Handling this emergency")).isChecked();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the incident"))
                .click();
        assertThat(page).hasURL(base() + "/incidents/" + id);
        return id;
    }

    private static void callerLocationAppearsAsSupplementary(Page page) {
        Locator caller = page.locator("#caller-locations article.caller");
        assertThat(caller).hasCount(1);
        assertThat(caller.locator(".supplementary")).hasText("SUPPLEMENTARY");
        assertThat(caller.locator(".caller-position")).hasText(HANDSET);
        assertThat(caller.locator(".caller-radius")).hasText("52 m");
        assertThat(caller.locator(".caller-method")).hasText("Satellite (GNSS)");
        assertThat(caller.locator(".caller-confidence")).hasText("68 %");
        assertThat(caller.locator(".caller-source")).hasText("AML SMS (version 1)");
        assertThat(caller.getByRole(AriaRole.BUTTON)).hasText("Accept as incident location");
        // Supplementary: the incident's own location is still the one the call-taker entered.
        assertThat(page.locator("#incident-location")).hasText(ENTERED);
        assertThat(page.locator("body[data-map-points='2']")).hasCount(1);
    }

    private static void dispatchTheNearestAmbulanceAfterConfirming(Page page) {
        Locator first = page.locator("#proposals tr.proposal").first();
        assertThat(first).containsText("AMB-Q1");
        first.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dispatch AMB-Q1"))
                .click();
        assertThat(page.locator("#confirm-dispatch")).containsText("Dispatch AMB-Q1?");
        assertThat(page.locator("#units")).containsText("None yet.");
        screenshot(page, "incident-confirm-dispatch");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm dispatch"))
                .click();
        assertThat(page.locator("#notice")).hasText("Unit dispatched.");
        assertThat(page.locator("#units tr.unit[data-call-sign='AMB-Q1']")).hasAttribute("data-status", "DISPATCHED");
        assertThat(page.locator("#incident-status")).hasText("DISPATCHED");
    }

    private static void workTheIncidentToClosed(Page page) {
        unitReports(page, "AMB-Q1 en route", "EN_ROUTE");
        unitReports(page, "AMB-Q1 on scene", "ON_SCENE");
        assertThat(page.locator("#incident-status")).hasText("ON SCENE");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close incident"))
                .click();
        assertThat(page.locator("#incident-status")).hasText("CLOSED");
        assertThat(page.locator("#proposals-note")).hasText("The incident is closed.");
    }

    private static void unitReports(Page page, String button, String status) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button))
                .click();
        assertThat(page.locator("#notice")).hasText("Unit status changed.");
        assertThat(page.locator("#units tr.unit[data-call-sign='AMB-Q1']")).hasAttribute("data-status", status);
    }

    private static void timelineNamesTheDispatcherAtEachStep(Page page) {
        Locator entries = page.locator("#timeline tr.entry");
        List<String> steps = new ArrayList<>();
        for (int i = 0; i < entries.count(); i++) {
            Locator entry = entries.nth(i);
            String kind = entry.getAttribute("data-kind");
            String who = entry.locator(".who").textContent().strip();
            steps.add(kind + " " + who + " "
                    + entry.locator(".what").textContent().strip());
        }
        assertThat(steps)
                .containsSubsequence(
                        "OPENED dispatcher Opened: Medical, priority 1",
                        "NOTE dispatcher Note: Caller is a passer-by",
                        "LOCATED dispatcher Location set (province Azuay)",
                        "CALLER_LOCATION system Caller location received (AML SMS (version 1))",
                        "LOCATED dispatcher Location set (no province)",
                        "UNIT_DISPATCHED dispatcher AMB-Q1 dispatched",
                        "STATUS dispatcher Incident: OPEN → DISPATCHED",
                        "UNIT_STATUS dispatcher AMB-Q1: DISPATCHED → EN ROUTE",
                        "UNIT_STATUS dispatcher AMB-Q1: EN ROUTE → ON SCENE",
                        "STATUS dispatcher Incident: DISPATCHED → ON SCENE",
                        "STATUS dispatcher Incident: ON SCENE → CLOSED");
        // Only the automatic match of the handset's location is the system's; every decision names a person.
        assertThat(steps.stream().filter(s -> !s.startsWith("CALLER_LOCATION")))
                .allMatch(s -> s.split(" ")[1].equals("dispatcher"));
        assertThat(page.locator("#timeline")).not().containsText(Pattern.compile("\\+59398"));
    }

    /**
     * The demo units reported their stations once at start-up, and only recent positions are proposed: each reports
     * the same place again now, as its device would.
     */
    private void demoUnitsReportAgain() {
        Actor supervisor = new Actor("supervisor", Set.of(Role.SUPERVISOR));
        List<Unit> all = units.list(supervisor, UnitService.MAX_LIST).orElseThrow();
        List<DeviceFix> fixes = new ArrayList<>();
        for (Unit unit : all) {
            UnitPosition at = unit.lastPosition();
            org.amparo.core.device.DeviceId device = unit.device();
            if (device != null && at != null) {
                tx.inTransaction(() -> devices.find(device))
                        .ifPresent(d -> fixes.add(new DeviceFix(
                                d.identifier(),
                                clock.instant(),
                                at.point(),
                                FixReadings.builder().accuracyMeters(10.0).build(),
                                FixSource.REST_BATCH)));
            }
        }
        assertThat(ingest.ingest(fixes).kept()).isEqualTo(fixes.size());
    }

    /** The message of one case of the shared AML examples; skipped (or failed under CI=true) when absent. */
    private static String amlMessage(String caseName) {
        Path file = SharedTestData.require("emergency/aml-messages.jsonl");
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                JsonNode example = JSON.readTree(line);
                if (caseName.equals(example.path("case").asString(""))) {
                    return example.path("message").asString("");
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
        throw new IllegalStateException("no AML example " + caseName);
    }
}
