package org.amparo.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceKind;
import org.amparo.core.device.DeviceService;
import org.amparo.core.dispatch.NewUnit;
import org.amparo.core.dispatch.UnitService;
import org.amparo.core.dispatch.UnitType;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.location.LocationIngestService;
import org.amparo.server.bootstrap.DemoData;
import org.amparo.server.ingest.DevicePortServer;
import org.amparo.server.security.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The command centre's live map: offline basemap with no request leaving the server, the layers each role may see,
 * unit markers moved live by their devices' fixes, the justified and audited watch of a monitored subject, and a
 * measured run of many units reporting at once.
 */
class MapBrowserTest extends BrowserTestSupport {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Actor ADMIN = new Actor("admin", Set.of(Role.ADMINISTRATOR));
    private static final Actor SUPERVISOR = new Actor("supervisor", Set.of(Role.SUPERVISOR));

    @Autowired
    DeviceService devices;

    @Autowired
    UnitService units;

    @Autowired
    LocationIngestService ingest;

    @Autowired
    DevicePortServer devicePort;

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
            assertThat(page.locator("body[data-map-ready=true]")).hasCount(1);
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

    @Test
    void eachRoleSeesTheLayersItMayAndTheAuditorNone() {
        ApiReply camera = apiPost(
                "admin",
                DEMO_PASSWORD,
                "/api/v1/cameras",
                Map.of("name", "Parque Calderón N", "lat", -2.8974, "lon", -79.0045, "province", "Azuay"));
        assertThat(camera.status()).as(camera.body()).isEqualTo(201);

        try (BrowserContext operatorSession = newContext()) {
            Page page = signIn(operatorSession, "operator", DEMO_PASSWORD);
            page.navigate("/map");
            assertThat(page.locator("body[data-map-ready=true]")).hasCount(1);
            assertThat(page.getByLabel("Open alerts")).isChecked();
            assertThat(page.getByLabel("Cameras")).isChecked();
            assertThat(page.getByLabel("Agency units")).hasCount(0);
            assertThat(page.getByLabel("Open incidents")).hasCount(0);
            assertThat(page.locator("body[data-cameras]")).hasCount(1);
            assertThat(page.locator("body").getAttribute("data-cameras")).isNotEqualTo("0");
            String cameras = page.request().get("/map/cameras.json").text();
            assertThat(cameras)
                    .contains("Parque Calderón N", "\"health\":\"PUSHED\"")
                    .doesNotContain("sourceUrl", "token");
            assertThat(page.request().get("/map/units.json").status()).isEqualTo(403);
            assertThat(page.request().get("/map/incidents.json").status()).isEqualTo(403);
            // the layer toggles work from the keyboard
            page.getByLabel("Cameras").focus();
            page.keyboard().press("Space");
            assertThat(page.getByLabel("Cameras")).not().isChecked();
            screenshot(page, "map-operator");
        }
        ApiReply opened = incident("+593987650077", 1);
        assertThat(opened.status()).as(opened.body()).isEqualTo(201);
        String first = opened.json().path("id").asString();
        try (BrowserContext dispatcherSession = newContext()) {
            Page page = signIn(dispatcherSession, "dispatcher", DEMO_PASSWORD);
            page.navigate("/map");
            assertThat(page.locator("body[data-map-ready=true]")).hasCount(1);
            assertThat(page.locator("body[data-map-stream=connected]")).hasCount(1);
            assertThat(page.getByLabel("Agency units")).isChecked();
            assertThat(page.getByLabel("Open incidents")).isChecked();
            assertThat(page.getByLabel("Incidents per province")).isChecked();
            assertThat(page.getByLabel("Open alerts")).hasCount(0);
            assertThat(page.getByLabel("Cameras")).hasCount(0);
            assertThat(page.locator("#watch")).hasCount(0);
            assertThat(page.locator("body[data-cameras]")).hasCount(0);
            assertThat(page.locator("body[data-choropleth=ready]")).hasCount(1);
            // the six demo units at least, by call sign and status, and no personal device
            assertThat(Integer.parseInt(page.locator("body").getAttribute("data-units")))
                    .isGreaterThanOrEqualTo(6);
            String unitsJson = page.request().get("/map/units.json").text();
            assertThat(unitsJson).contains("AMB-C1", "AVAILABLE").doesNotContain("TRACKER", "PHONE", "subject");
            assertThat(page.request().get("/map/alerts.json").status()).isEqualTo(403);
            // open incidents by priority, without caller data; a new one appears live
            String incidents = page.request().get("/map/incidents.json").text();
            assertThat(incidents).contains(first).doesNotContain("+593987650077", "DEMO mapa");
            int shown = Integer.parseInt(page.locator("body").getAttribute("data-incidents"));
            assertThat(incident("+593987650078", 3).status()).isEqualTo(201);
            assertThat(page.locator("body[data-incidents='" + (shown + 1) + "']"))
                    .hasCount(1);
            screenshot(page, "map-dispatcher");
        }
        try (BrowserContext auditorSession = newContext()) {
            Page page = signIn(auditorSession, "auditor", DEMO_PASSWORD);
            assertThat(page.navigate("/map").status()).isEqualTo(403);
            assertThat(page.request().get("/map/stream").status()).isEqualTo(403);
            assertThat(page.request().get("/map/choropleth.json").status()).isEqualTo(403);
        }
    }

    @Test
    void aFixThroughTheDevicePortMovesTheUnitLiveAndRecordsItsLatency() {
        ApiReply listed = apiGet("dispatcher", DEMO_PASSWORD, "/api/v1/units");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        String unitId = null;
        for (JsonNode unit : listed.json()) {
            if ("POL-Q2".equals(unit.path("callSign").asString())) {
                unitId = unit.path("id").asString();
            }
        }
        assertThat(unitId).as("demo unit POL-Q2").isNotNull();

        try (BrowserContext dispatcherSession = newContext()) {
            Page page = signIn(dispatcherSession, "dispatcher", DEMO_PASSWORD);
            page.navigate("/map");
            assertThat(page.locator("body[data-map-ready=true]")).hasCount(1);
            assertThat(page.locator("body[data-map-stream=connected]")).hasCount(1);
            page.evaluate("window.amparoMap.resetStats()");

            double lat = -0.2226;
            double lon = -78.5157;
            int status = deviceFix("demo-unit-pol-q2", lat, lon, "dev_demo_unit_secret_1");
            assertThat(status).isEqualTo(200);

            waitUntil(
                    page,
                    "([id, lat]) => { const u = window.amparoMap.unit(id); return u && Math.abs(u.lat - lat) < 1e-6; }",
                    List.of(unitId, lat));
            JsonNode stats = JSON.readTree(String.valueOf(page.evaluate("JSON.stringify(window.amparoMap.stats())")));
            assertThat(stats.path("updatesApplied").asInt()).isPositive();
            assertThat(stats.path("eventsReceived").asInt()).isPositive();
            assertThat(stats.path("latencyMs").size()).isPositive();
            assertThat(stats.path("unitsShown").asInt()).isGreaterThanOrEqualTo(6);
            JsonNode unit = JSON.readTree(
                    String.valueOf(page.evaluate("id => JSON.stringify(window.amparoMap.unit(id))", unitId)));
            assertThat(unit.path("callSign").asString()).isEqualTo("POL-Q2");
            assertThat(unit.path("lon").asDouble()).isCloseTo(lon, org.assertj.core.data.Offset.offset(1e-6));
            System.out.printf(
                    Locale.ROOT,
                    "map live latency after one device-port fix: %s ms%n",
                    stats.path("latencyMs").toString());
        }
    }

    @Test
    void watchingAMonitoredSubjectNeedsAJustificationThatIsAudited() {
        String justification = "Verificación de la orden de arresto domiciliario " + clock.millis();
        try (BrowserContext operatorSession = newContext()) {
            Page page = signIn(operatorSession, "operator", DEMO_PASSWORD);
            page.navigate("/map");
            assertThat(page.locator("body[data-map-ready=true]")).hasCount(1);
            assertThat(page.locator("body[data-map-stream=connected]")).hasCount(1);
            assertThat(page.locator("#watch-order option").first()).isAttached();

            // a watch binds only to the user's own open map
            Object foreign = page.evaluate("async () => { const f = document.getElementById('watch-form');"
                    + " const b = new URLSearchParams(new FormData(f)); b.set('clientId', 'not-my-map');"
                    + " b.set('justification', 'Comprobación de seguridad'); return (await fetch(f.action,"
                    + " {method: 'POST', body: b})).status; }");
            assertThat(foreign).isEqualTo(409);

            // too short: refused by the server, nothing shown
            page.getByLabel("Justification (at least 10 characters)").fill("short");
            page.locator("#watch-justification").evaluate("t => t.removeAttribute('minlength')");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Watch"))
                    .click();
            assertThat(page.locator("#watch-status")).containsText("Refused");
            assertThat(page.locator("body[data-watch=running]")).hasCount(0);

            page.getByLabel("Justification (at least 10 characters)").fill(justification);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Watch"))
                    .click();
            assertThat(page.locator("body[data-watch=running]")).hasCount(1);
            assertThat(page.locator("#watch-status")).containsText("Watching order");

            // the subject's device reports a few metres from its last position: the watch follows it live
            Object last = page.evaluate(
                    "() => { const w = window.amparoMap.watch(); return w && w.at ? [w.at.lat, w.at.lng] : null; }");
            double lat = DemoData.HOME.latitude();
            double lon = DemoData.HOME.longitude();
            if (last instanceof List<?> at) {
                lat = ((Number) at.get(0)).doubleValue() + 0.00005;
                lon = ((Number) at.get(1)).doubleValue();
            }
            assertThat(deviceFix(DemoData.TRACKER_ID, lat, lon, DemoData.TRACKER_SECRET))
                    .isEqualTo(200);
            assertThat(page.locator("body[data-watch-positions='1']")).hasCount(1);
            screenshot(page, "map-watch");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("End watch"))
                    .click();
            assertThat(page.locator("body[data-watch=none]")).hasCount(1);
            assertThat(page.locator("#watch-status")).containsText("Watch ended (ended by you); positions shown: 1");
        }
        ApiReply audit = apiGet("auditor", DEMO_PASSWORD, "/api/v1/audit?limit=5000");
        assertThat(audit.body())
                .contains(justification, "live map watch start", "live map watch end", "reason=ENDED positions=1");
    }

    /**
     * Many units reporting at once, as a control room's fleet would: prints the latency and frame-time
     * percentiles (no timing assertion: speed is measured, not tested). {@code -Damparo-test.map-units=2000} for the
     * full fleet; the default keeps the suite short.
     */
    @Test
    void manyUnitsReportingAtOnceAreAllShownAndMeasured() {
        int fleet = Integer.getInteger("amparo-test.map-units", 300);
        int rounds = Integer.getInteger("amparo-test.map-rounds", 3);
        String run = Long.toString(clock.millis(), 36);
        List<String> identifiers = new ArrayList<>();
        for (int i = 0; i < fleet; i++) {
            String identifier = "map-load-" + run + "-" + i;
            Device device = devices.register(
                            ADMIN, identifier, DeviceKind.AGENCY_UNIT, "Carga " + i, ApiTokens.sha256("unused-" + i))
                    .orElseThrow();
            units.create(SUPERVISOR, new NewUnit("L" + run + "-" + i, UnitType.POLICE_CAR, "Carga", 2, device.id()))
                    .orElseThrow();
            identifiers.add(identifier);
        }
        try (BrowserContext dispatcherSession = newContext()) {
            Page page = signIn(dispatcherSession, "dispatcher", DEMO_PASSWORD);
            page.navigate("/map");
            assertThat(page.locator("body[data-map-ready=true]")).hasCount(1);
            assertThat(page.locator("body[data-map-stream=connected]")).hasCount(1);
            page.evaluate("window.amparoMap.resetStats()");
            // each unit reports every 3 s: every second a third of the fleet sends a fix (2,000 units: ~700/s)
            Instant start = clock.instant();
            for (int second = 1; second <= 3 * rounds; second++) {
                List<DeviceFix> batch = new ArrayList<>();
                for (int i = second % 3; i < fleet; i += 3) {
                    batch.add(new DeviceFix(
                            identifiers.get(i),
                            start.plusSeconds(second),
                            new GeoPoint(-1.5 + (i % 50) * 0.02 + second * 0.0002, -79.5 + (i / 50) * 0.02),
                            FixReadings.builder().accuracyMeters(5.0).build(),
                            FixSource.OSMAND));
                }
                assertThat(ingest.ingest(batch).kept()).isEqualTo(batch.size());
                page.waitForTimeout(1000);
            }
            waitUntil(page, "n => window.amparoMap.stats().unitsShown >= n", fleet);
            waitUntil(page, "n => window.amparoMap.stats().updatesApplied >= n", fleet);
            JsonNode stats = JSON.readTree(String.valueOf(page.evaluate("JSON.stringify(window.amparoMap.stats())")));
            assertThat(stats.path("latencyMs").size()).isPositive();
            System.out.printf(
                    Locale.ROOT,
                    "map load: %d units reporting every 3 s for %d rounds: unitsShown=%d updatesApplied=%d eventsReceived=%d resyncs=%d latency p50=%d p95=%d"
                            + " max=%d ms; frame p50=%d p95=%d max=%d ms%n",
                    fleet,
                    rounds,
                    stats.path("unitsShown").asInt(),
                    stats.path("updatesApplied").asInt(),
                    stats.path("eventsReceived").asInt(),
                    stats.path("resyncs").asInt(),
                    percentile(stats.path("latencyMs"), 50),
                    percentile(stats.path("latencyMs"), 95),
                    percentile(stats.path("latencyMs"), 100),
                    percentile(stats.path("frameMs"), 50),
                    percentile(stats.path("frameMs"), 95),
                    percentile(stats.path("frameMs"), 100));
            screenshot(page, "map-load");
        }
    }

    /**
     * Polls {@code predicate} (a function of {@code arg}) in the page until it is true; the page's CSP forbids the
     * eval that Playwright's waitForFunction polls with. The 60 s bound is a hang guard, not a timing assertion.
     */
    private static void waitUntil(Page page, String predicate, Object arg) {
        for (int i = 0; i < 600; i++) {
            if (Boolean.TRUE.equals(page.evaluate(predicate, arg))) {
                return;
            }
            page.waitForTimeout(100);
        }
        throw new AssertionError("never true in the page: " + predicate + " with " + arg);
    }

    private ApiReply incident(String caller, int priority) {
        return apiPost(
                "dispatcher",
                DEMO_PASSWORD,
                "/api/v1/incidents",
                Map.of(
                        "callerNumber",
                        caller,
                        "type",
                        "FIRE",
                        "priority",
                        priority,
                        "description",
                        "DEMO mapa",
                        "location",
                        Map.of("lat", -2.9010, "lon", -79.0050)));
    }

    private static long percentile(JsonNode values, int p) {
        List<Double> sorted = new ArrayList<>();
        values.forEach(v -> sorted.add(v.asDouble()));
        if (sorted.isEmpty()) {
            return -1;
        }
        sorted.sort(Double::compare);
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return Math.round(sorted.get(Math.max(0, index)));
    }

    /** One OsmAnd fix through the device port, as a phone running Traccar Client sends it. */
    private int deviceFix(String id, double lat, double lon, String token) {
        String query = String.format(Locale.ROOT, "id=%s&lat=%.6f&lon=%.6f&token=%s", id, lat, lon, token);
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + devicePort.port() + "/?" + query))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode();
        } catch (IOException e) {
            throw new IllegalStateException("device port: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
