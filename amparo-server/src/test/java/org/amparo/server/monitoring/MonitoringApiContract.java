package org.amparo.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.amparo.core.location.IngestReport;
import org.amparo.core.location.LocationIngestService;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.server.Http;
import org.amparo.server.Http.Reply;
import org.amparo.server.MutableClock;
import org.amparo.server.TestClockConfig;
import org.amparo.server.map.MapFeed;
import org.amparo.server.map.MapLayer;
import org.amparo.server.map.MapSink;
import org.amparo.server.map.MapWatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Zones, monitoring orders and alerts through the real HTTP API of the real application: a subject
 * walks out of a 300 m circle, an alert is raised, an operator acknowledges it, walking back
 * resolves it; the refusals of issue #3 answer problems. Fixes enter through the real location
 * pipeline. One application and one forward-only clock for all tests.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"amparo.demo=true", "amparo.devices.port=-1", "amparo.geofence.tick-interval=PT1H"})
@Import(TestClockConfig.class)
abstract class MonitoringApiContract {
    private static final Actor INVESTIGATOR = new Actor("investigator", Set.of(Role.INVESTIGATOR));
    private static final Actor OPERATOR = new Actor("operator", Set.of(Role.OPERATOR));
    static final GeoPoint HOME = new GeoPoint(-2.9001, -79.0059);

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    DeviceService devices;

    @Autowired
    LocationIngestService ingest;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    record Monitored(String subjectId, String authorizationId, Device device) {}

    Monitored monitored(String name) {
        return monitored(name, "CONVICTED");
    }

    Monitored monitored(String name, String category) {
        Reply subject =
                http.post("investigator", "/api/v1/subjects", Http.json(Map.of("name", name, "category", category)));
        assertThat(subject.status()).as(subject.body()).isEqualTo(201);
        String subjectId = subject.text("id");
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
                "COIP art. 522",
                "reference",
                "01283-2026-00412",
                "notBefore",
                now.toString(),
                "expiresAt",
                now.plus(Duration.ofDays(60)).toString(),
                "scope",
                Map.of("areas", List.of(), "cameraIds", List.of()),
                "urgent",
                false));
        Reply requested = http.post("investigator", "/api/v1/authorizations", Http.json(request));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String authorizationId = requested.text("id");
        Reply approved = http.post(
                "approver",
                "/api/v1/authorizations/" + authorizationId + "/decision",
                Http.json(Map.of("decision", "APPROVE", "reason", "Court order for home detention")));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        Device device = devices.register(
                        INVESTIGATOR,
                        "em-" + subjectId.substring(0, 8),
                        DeviceKind.TRACKER,
                        "EM tracker",
                        "0f".repeat(32))
                .orElseThrow();
        devices.bind(INVESTIGATOR, device.id(), SubjectId.parse(subjectId), AuthorizationId.parse(authorizationId))
                .orElseThrow();
        return new Monitored(subjectId, authorizationId, device);
    }

    String homeZone() {
        Reply zone = http.post(
                "investigator",
                "/api/v1/zones",
                Http.json(Map.of(
                        "name",
                        "Home",
                        "circle",
                        Map.of("lat", HOME.latitude(), "lon", HOME.longitude(), "radiusMeters", 300))));
        assertThat(zone.status()).as(zone.body()).isEqualTo(201);
        return zone.text("id");
    }

    Reply order(String user, Monitored m, String deviceId, String zoneId) {
        return http.post(
                user,
                "/api/v1/monitoring-orders",
                Http.json(Map.of(
                        "authorizationId",
                        m.authorizationId(),
                        "subjectId",
                        m.subjectId(),
                        "deviceId",
                        deviceId,
                        "rules",
                        List.of(Map.of("type", "STAY_WITHIN", "zoneIds", List.of(zoneId), "marginMeters", 20)))));
    }

    IngestReport walk(Device device, double latitude) {
        clock.advance(Duration.ofMinutes(2));
        return ingest.ingest(List.of(new DeviceFix(
                device.identifier(),
                clock.instant(),
                new GeoPoint(latitude, HOME.longitude()),
                FixReadings.builder().accuracyMeters(8.0).build(),
                FixSource.OSMAND)));
    }

    List<JsonNode> alerts(String query) {
        Reply reply = http.get("operator", "/api/v1/alerts?" + query);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> list = new java.util.ArrayList<>();
        reply.json().forEach(list::add);
        return list;
    }

    static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContain("Exception");
    }

    @Test
    void walkingOutRaisesAnAlertThatOperatorsAcknowledgeAndReturningResolves() {
        Monitored m = monitored("Juan Cuenca");
        String zoneId = homeZone();
        Reply created = order("investigator", m, m.device().id().toString(), zoneId);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String orderId = created.text("id");
        Instant since = clock.instant();

        assertThat(walk(m.device(), HOME.latitude()).kept()).isEqualTo(1);
        assertThat(walk(m.device(), -2.9101).kept()).isEqualTo(1);

        List<JsonNode> raised = alerts("type=STAY_WITHIN_BREACH&since=" + since);
        assertThat(raised).singleElement().satisfies(a -> {
            assertThat(a.path("status").asString("")).isEqualTo("RAISED");
            assertThat(a.path("subjectId").asString("")).isEqualTo(m.subjectId());
            assertThat(a.path("orderId").asString("")).isEqualTo(orderId);
        });
        String alertId = raised.getFirst().path("id").asString("");

        Reply view = http.get("investigator", "/api/v1/monitoring-orders/" + orderId);
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        assertThat(view.json()
                        .path("rules")
                        .get(0)
                        .path("state")
                        .path("inBreach")
                        .asBoolean(false))
                .isTrue();

        assertProblem(http.post("investigator", "/api/v1/alerts/" + alertId + "/acknowledge", "{}"), 403);
        Reply acknowledged = http.post("operator", "/api/v1/alerts/" + alertId + "/acknowledge", "{}");
        assertThat(acknowledged.status()).as(acknowledged.body()).isEqualTo(200);
        assertThat(acknowledged.text("status")).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.text("acknowledgedBy")).isEqualTo("operator");

        walk(m.device(), HOME.latitude());
        assertThat(alerts("status=RESOLVED&since=" + since)).singleElement().satisfies(a -> {
            assertThat(a.path("id").asString("")).isEqualTo(alertId);
            assertThat(a.path("resolvedBy").asString("")).isEqualTo("system");
        });
        assertProblem(http.post("operator", "/api/v1/alerts/" + alertId + "/resolve", "{\"note\":\"again\"}"), 409);
    }

    @Test
    void refusalsAnswerProblems() {
        Monitored m = monitored("Pedro Azogues");
        Monitored other = monitored("Luis Gualaceo");
        String zoneId = homeZone();

        assertProblem(order("investigator", m, other.device().id().toString(), zoneId), 403);
        assertProblem(order("operator", m, m.device().id().toString(), zoneId), 403);
        assertProblem(
                http.post(
                        "investigator",
                        "/api/v1/zones",
                        "{\"name\":\"Home\",\"circle\":{\"lat\":0,\"lon\":0,\"radiusMeters\":10},\"owner\":\"x\"}"),
                400);
        assertProblem(
                http.post(
                        "investigator",
                        "/api/v1/monitoring-orders",
                        Http.json(Map.of(
                                "authorizationId", m.authorizationId(),
                                "subjectId", m.subjectId(),
                                "deviceId", m.device().id().toString(),
                                "rules", List.of(Map.of("type", "SILENCE"))))),
                400);
        assertProblem(http.get("investigator", "/api/v1/alerts"), 403);
        Reply zone = http.get("operator", "/api/v1/zones/" + zoneId);
        assertThat(zone.status()).as(zone.body()).isEqualTo(200);
        assertThat(zone.json().path("circle").path("radiusMeters").asDouble(0)).isEqualTo(300);
    }

    @Test
    void revokingTheAuthorizationEndsTheOrderAndStopsItsAlerts() {
        Monitored m = monitored("Pedro Revocado");
        Reply created = order("investigator", m, m.device().id().toString(), homeZone());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String orderId = created.text("id");
        Reply revoked = http.post(
                "approver",
                "/api/v1/authorizations/" + m.authorizationId() + "/revoke",
                "{\"reason\":\"measure lifted\"}");
        assertThat(revoked.text("status")).isEqualTo("REVOKED");
        Reply view = http.get("investigator", "/api/v1/monitoring-orders/" + orderId);
        assertThat(view.status()).as(view.body()).isEqualTo(200);
        assertThat(view.text("status")).isEqualTo("ENDED");
        Instant since = clock.instant();
        assertThat(walk(m.device(), -2.9101).kept())
                .as("fixes after revocation are not kept")
                .isZero();
        assertThat(alerts("since=" + since))
                .noneMatch(a -> a.path("orderId").asString("").equals(orderId));
    }

    @Autowired
    MapFeed mapFeed;

    @Test
    void aLiveMapWatchEndsTheMomentItsAuthorizationIsRevokedAndSaysWhy() throws InterruptedException {
        Monitored m = monitored("Lucía Vigilada");
        Reply created = order("investigator", m, m.device().id().toString(), homeZone());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String clientId = "map-" + m.subjectId();
        List<String> events = new java.util.concurrent.CopyOnWriteArrayList<>();
        mapFeed.open(clientId, OPERATOR, java.util.EnumSet.of(MapLayer.SUBJECTS), new MapSink() {
            @Override
            public void send(String event, String json) {
                events.add(event + " " + json);
            }

            @Override
            public void close() {}
        });
        String watchId = "watch-" + m.subjectId();
        mapFeed.watch(new MapWatch(
                watchId,
                clientId,
                OPERATOR,
                MonitoringOrderId.parse(created.text("id")),
                SubjectId.parse(m.subjectId()),
                m.device().id(),
                AuthorizationId.parse(m.authorizationId()),
                "Seguimiento de la orden tras una alerta",
                clock.instant(),
                mapFeed.watchExpiry(clock.instant()),
                new java.util.concurrent.atomic.AtomicInteger()));

        Reply revoked = http.post(
                "approver",
                "/api/v1/authorizations/" + m.authorizationId() + "/revoke",
                "{\"reason\":\"measure lifted\"}");
        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);

        // ended in the revocation's own request, not at the watch's 30 minutes
        assertThat(mapFeed.findWatch(watchId)).isNull();
        mapFeed.close(clientId);
        // the map's sender delivers on its own thread; a hang guard, not a timing assertion
        Instant giveUp = Instant.now().plusSeconds(30);
        while (events.stream().noneMatch(e -> e.startsWith("watch-end "))
                && Instant.now().isBefore(giveUp)) {
            Thread.sleep(10);
        }
        assertThat(events)
                .filteredOn(e -> e.startsWith("watch-end "))
                .singleElement()
                .asString()
                .contains(watchId, "\"reason\":\"AUTHORIZATION_ENDED\"");
        Reply audit = http.get("auditor", "/api/v1/audit?limit=5000");
        assertThat(audit.body())
                .contains("live map watch end order=" + created.text("id") + " reason=AUTHORIZATION_ENDED");
    }
}
