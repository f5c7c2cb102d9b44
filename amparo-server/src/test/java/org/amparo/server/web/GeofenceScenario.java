package org.amparo.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.location.LocationIngestService;
import org.amparo.server.web.BrowserTestSupport.ApiReply;

/**
 * A subject under a court-ordered home detention in Cuenca, arranged through the JSON API as real clients do, and
 * the tracker fixes that take it out of its 300 m circle through the location pipeline.
 */
final class GeofenceScenario {
    private static final Actor INVESTIGATOR = new Actor("investigator", Set.of(Role.INVESTIGATOR));
    static final GeoPoint HOME = new GeoPoint(-2.9001, -79.0059);
    /** About 400 m south of home: outside the 300 m circle, its 20 m margin and the fix's accuracy. */
    private static final double AWAY_LATITUDE = -2.9037;

    private final BrowserTestSupport api;
    private final DeviceService devices;
    private final LocationIngestService ingest;
    private final Clock clock;

    GeofenceScenario(BrowserTestSupport api, DeviceService devices, LocationIngestService ingest, Clock clock) {
        this.api = api;
        this.devices = devices;
        this.ingest = ingest;
        this.clock = clock;
    }

    record Monitored(String subjectId, String authorizationId, Device device, String orderId) {}

    /** A subject, an approved monitoring authorization, a bound tracker and a stay-within order of home. */
    Monitored monitored(String name) {
        ApiReply subject = api.apiPost(
                "investigator",
                BrowserTestSupport.DEMO_PASSWORD,
                "/api/v1/subjects",
                Map.of("name", name, "category", "CONVICTED"));
        assertThat(subject.status()).as(subject.body()).isEqualTo(201);
        String subjectId = subject.json().path("id").asString();
        String authorizationId = approvedAuthorization(subjectId);
        Device device = devices.register(
                        INVESTIGATOR,
                        "web-em-" + subjectId.substring(0, 8),
                        DeviceKind.TRACKER,
                        "EM tracker",
                        "0f".repeat(32))
                .orElseThrow();
        devices.bind(INVESTIGATOR, device.id(), SubjectId.parse(subjectId), AuthorizationId.parse(authorizationId))
                .orElseThrow();
        ApiReply zone = api.apiPost(
                "investigator",
                BrowserTestSupport.DEMO_PASSWORD,
                "/api/v1/zones",
                Map.of(
                        "name",
                        "Home",
                        "circle",
                        Map.of("lat", HOME.latitude(), "lon", HOME.longitude(), "radiusMeters", 300)));
        assertThat(zone.status()).as(zone.body()).isEqualTo(201);
        ApiReply order = api.apiPost(
                "investigator",
                BrowserTestSupport.DEMO_PASSWORD,
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
        return new Monitored(
                subjectId, authorizationId, device, order.json().path("id").asString());
    }

    private String approvedAuthorization(String subjectId) {
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
        ApiReply requested =
                api.apiPost("investigator", BrowserTestSupport.DEMO_PASSWORD, "/api/v1/authorizations", request);
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String authorizationId = requested.json().path("id").asString();
        ApiReply approved = api.apiPost(
                "approver",
                BrowserTestSupport.DEMO_PASSWORD,
                "/api/v1/authorizations/" + authorizationId + "/decision",
                Map.of("decision", "APPROVE", "reason", "Court order for home detention verified"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return authorizationId;
    }

    /**
     * A fix at home, then one outside, stamped just after the device was bound (fixes before the binding are
     * dropped) and 9 s apart (a faster walk is dropped as an impossible speed); the second is a few seconds ahead
     * of the clock, which devices' clocks may be.
     */
    void walkOut(Monitored m) {
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
