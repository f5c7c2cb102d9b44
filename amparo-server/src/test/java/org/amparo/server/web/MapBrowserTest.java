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
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceKind;
import org.amparo.core.device.DeviceService;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.location.LocationIngestService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The operations map: offline basemap, no request leaves the server, live authorization events, agency
 * units.
 */
class MapBrowserTest extends BrowserTestSupport {
    @Autowired
    DeviceService devices;

    @Autowired
    LocationIngestService ingest;

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

    @Test
    void showsAgencyUnitsLastPositionsAndNoPersonalDevice() {
        Actor admin = new Actor("admin", Set.of(Role.ADMINISTRATOR));
        Device unit = devices.register(admin, "patrulla-web-12", DeviceKind.AGENCY_UNIT, "Patrulla 12", "0e".repeat(32))
                .orElseThrow();
        assertThat(ingest.ingest(List.of(new DeviceFix(
                                unit.identifier(),
                                clock.instant(),
                                new GeoPoint(-0.1807, -78.4678),
                                FixReadings.builder().accuracyMeters(5.0).build(),
                                FixSource.OSMAND)))
                        .kept())
                .isEqualTo(1);

        try (BrowserContext operatorSession = newContext()) {
            Page page = signIn(operatorSession, "operator", DEMO_PASSWORD);
            page.navigate("/map");
            assertThat(page.locator("body[data-units]")).hasCount(1);
            assertThat(page.locator("body").getAttribute("data-units")).isNotEqualTo("0");
            String units = page.request().get("/map/units.json").text();
            assertThat(units).contains("Patrulla 12", unit.id().toString());
            assertThat(units).doesNotContain("TRACKER", "PHONE", "subject");
            screenshot(page, "map-units");
        }
    }

    @Test
    void showsTheCamerasWithoutTheirSourceAddresses() {
        ApiReply camera = apiPost(
                "admin",
                DEMO_PASSWORD,
                "/api/v1/cameras",
                java.util.Map.of("name", "Parque Calderón N", "lat", -2.8974, "lon", -79.0045, "province", "Azuay"));
        assertThat(camera.status()).as(camera.body()).isEqualTo(201);

        try (BrowserContext operatorSession = newContext()) {
            Page page = signIn(operatorSession, "operator", DEMO_PASSWORD);
            page.navigate("/map");
            assertThat(page.locator("body[data-cameras]")).hasCount(1);
            assertThat(page.locator("body").getAttribute("data-cameras")).isNotEqualTo("0");
            String cameras = page.request().get("/map/cameras.json").text();
            assertThat(cameras).contains("Parque Calderón N").doesNotContain("sourceUrl", "token");
        }
        try (BrowserContext dispatcherSession = newContext()) {
            Page page = signIn(dispatcherSession, "dispatcher", DEMO_PASSWORD);
            page.navigate("/map");
            assertThat(page.locator("body[data-units]")).hasCount(1);
            assertThat(page.locator("body[data-cameras]")).hasCount(0);
        }
    }
}
