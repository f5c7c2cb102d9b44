package org.amparo.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.amparo.server.Http;
import org.amparo.server.Http.Reply;
import org.amparo.store.location.JdbcDropCounter;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Phones and trackers through their real protocols into the real application: the OsmAnd protocol
 * and OwnTracks HTTP on the device port, OwnTracks over the machine's Mosquitto, and the REST batch.
 * Fixes of devices under no authorization are dropped and counted, and provably not stored or logged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "amparo.demo=true")
@ExtendWith(OutputCaptureExtension.class)
class LocationIngestIntegrationTest {
    private static final String MQTT = "tcp://127.0.0.1:1883";
    private static final boolean MQTT_UP = reachable();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("amparo.database.url", () -> "jdbc:h2:mem:ingest-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        if (MQTT_UP) {
            registry.add("amparo.mqtt.url", () -> MQTT);
            registry.add("amparo.mqtt.client-id", () -> "amparo-test-" + UUID.randomUUID());
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    DevicePortServer devicePort;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcDropCounter drops;

    Http http;
    JdbcTemplate jdbc;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        jdbc = new JdbcTemplate(dataSource);
    }

    private static boolean reachable() {
        try (Socket s = new Socket("127.0.0.1", 1883)) {
            return true;
        } catch (java.io.IOException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("Mosquitto on 127.0.0.1:1883 is required under CI=true", e);
            }
            return false;
        }
    }

    record Registered(String id, String token) {}

    private Registered device(String identifier, String kind) {
        Reply reply = http.post(
                "investigator",
                "/api/v1/devices",
                Http.json(Map.of("identifier", identifier, "kind", kind, "label", "test")));
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return new Registered(reply.text("id"), reply.text("token"));
    }

    /** A subject under an approved monitoring order's authorization, with the device bound to it. */
    private String[] monitored(Registered device) {
        Reply subject = http.post(
                "investigator", "/api/v1/subjects", "{\"name\":\"Monitored Person\",\"category\":\"CONVICTED\"}");
        String subjectId = subject.text("id");
        Instant now = Instant.now(java.time.Clock.systemUTC());
        Reply auth = http.post(
                "investigator",
                "/api/v1/authorizations",
                Http.json(Map.of(
                        "subjectId",
                        subjectId,
                        "purpose",
                        "ELECTRONIC_MONITORING_ORDER",
                        "dataKinds",
                        List.of("LOCATION"),
                        "issuingAuthority",
                        "Unidad Judicial de Cuenca",
                        "legalBasis",
                        "COIP art. 522",
                        "reference",
                        "R-1",
                        "notBefore",
                        now.minus(Duration.ofDays(1)).toString(),
                        "expiresAt",
                        now.plus(Duration.ofDays(30)).toString())));
        String authorizationId = auth.text("id");
        http.post(
                "approver",
                "/api/v1/authorizations/" + authorizationId + "/decision",
                "{\"decision\":\"APPROVE\",\"reason\":\"court order verified\"}");
        Reply bound = http.post(
                "investigator",
                "/api/v1/devices/" + device.id() + "/binding",
                Http.json(Map.of("subjectId", subjectId, "authorizationId", authorizationId)));
        assertThat(bound.status()).as(bound.body()).isEqualTo(200);
        return new String[] {subjectId, authorizationId};
    }

    private int osmand(String query) {
        return http.send(
                        null,
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + devicePort.port() + "/?" + query)))
                .status();
    }

    private int storedFixes() {
        return java.util.Objects.requireNonNull(
                jdbc.queryForObject("SELECT COUNT(*) FROM location_fixes", Integer.class));
    }

    /** A fix time just after everything bound so far: a binding covers fixes taken from its start on. */
    private long epoch() {
        return Instant.now(java.time.Clock.systemUTC()).getEpochSecond() + 2;
    }

    @Test
    void unboundDeviceIsDroppedCountedAndNeverStoredOrLogged(CapturedOutput output) {
        Registered phone = device("unbound-" + port, "PHONE");
        int before = storedFixes();
        assertThat(osmand("id=unbound-" + port + "&lat=-2.912345&lon=-79.012345&timestamp=" + epoch() + "&token="
                        + phone.token()))
                .isEqualTo(200);
        assertThat(storedFixes()).isEqualTo(before);
        assertThat(drops.totals().get(phone.id())).containsEntry("NOT_BOUND", 1L);
        assertThat(output.getAll()).doesNotContain("2.912345").doesNotContain("79.012345");
    }

    @Test
    void wrongSecretsAndMalformedRequestsAreRefused() {
        Registered phone = device("secret-" + port, "PHONE");
        assertThat(osmand("id=secret-" + port + "&lat=-2.9&lon=-79.0&token=dev_wrong"))
                .isEqualTo(401);
        assertThat(osmand("id=nobody-" + port + "&lat=-2.9&lon=-79.0&token=" + phone.token()))
                .isEqualTo(401);
        assertThat(osmand("lat=-2.9&lon=-79.0&token=" + phone.token())).isEqualTo(400);
        assertThat(osmand("id=secret-" + port + "&lat=95&lon=-79.0&token=" + phone.token()))
                .isEqualTo(400);
    }

    @Test
    void boundDeviceFixesReachTheTrackThroughOsmAndAndOwnTracks() {
        Registered tracker = device("tracker-" + port, "TRACKER");
        String[] ids = monitored(tracker);
        long t = epoch();
        assertThat(osmand("id=tracker-" + port + "&lat=-2.9001&lon=-79.0059&timestamp=" + (t + 60)
                        + "&accuracy=12&batt=80&speed=10&token=" + tracker.token()))
                .isEqualTo(200);
        assertThat(osmand("id=tracker-" + port + "&lat=-2.9001&lon=-79.0059&timestamp=" + (t + 60) + "&token="
                        + tracker.token()))
                .as("a resend is acknowledged and stored once")
                .isEqualTo(200);

        Registered phone = device("ana/phone-" + port, "PHONE");
        monitoredAs(phone, ids);
        String body = "{\"_type\":\"location\",\"lat\":-2.9002,\"lon\":-79.0060,\"tst\":" + (t + 30)
                + ",\"acc\":8,\"batt\":55}";
        Reply owntracks = http.send(
                null,
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + devicePort.port() + "/owntracks"))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(("ana/phone-" + port + ":" + phone.token())
                                                        .getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(owntracks.status()).as(owntracks.body()).isEqualTo(200);
        assertThat(owntracks.body()).isEqualTo("[]");

        Reply track = http.get(
                "investigator",
                "/api/v1/subjects/" + ids[0] + "/track?justification=" + "Monitoring%20order%20R-1%20review&from="
                        + Instant.ofEpochSecond(t - 3600) + "&to=" + Instant.ofEpochSecond(t + 3600));
        assertThat(track.status()).as(track.body()).isEqualTo(200);
        assertThat(track.json().size()).isEqualTo(2);
        assertThat(track.json().get(1).path("speedMetersPerSecond").asDouble())
                .isCloseTo(5.144, org.assertj.core.data.Offset.offset(0.01));
        assertThat(http.get("investigator", "/api/v1/subjects/" + ids[0] + "/track")
                        .status())
                .as("a track read needs a justification")
                .isEqualTo(400);
    }

    private void monitoredAs(Registered device, String[] ids) {
        Reply bound = http.post(
                "investigator",
                "/api/v1/devices/" + device.id() + "/binding",
                Http.json(Map.of("subjectId", ids[0], "authorizationId", ids[1])));
        assertThat(bound.status()).as(bound.body()).isEqualTo(200);
    }

    @Test
    void revocationStopsKeepingFixesAtOnce() {
        Registered tracker = device("revoked-" + port, "TRACKER");
        String[] ids = monitored(tracker);
        http.post("approver", "/api/v1/authorizations/" + ids[1] + "/revoke", "{\"reason\":\"order lifted\"}");
        int before = storedFixes();
        assertThat(osmand("id=revoked-" + port + "&lat=-2.9&lon=-79.0&timestamp=" + epoch() + "&token="
                        + tracker.token()))
                .isEqualTo(200);
        assertThat(storedFixes()).isEqualTo(before);
        assertThat(drops.totals().get(tracker.id())).containsEntry("NOT_AUTHORIZED_REVOKED", 1L);
    }

    @Test
    void restBatchKeepsUnitFixesAndReportsPerElementErrors() {
        Reply unit = http.post(
                "admin", "/api/v1/devices", "{\"identifier\":\"patrol-" + port + "\",\"kind\":\"AGENCY_UNIT\"}");
        assertThat(unit.status()).as(unit.body()).isEqualTo(201);
        String at = Instant.now(java.time.Clock.systemUTC()).minusSeconds(5).toString();
        Reply ok = http.post(
                "supervisor",
                "/api/v1/locations",
                "[{\"deviceId\":\"patrol-" + port + "\",\"lat\":-0.18,\"lon\":-78.47,\"at\":\"" + at + "\"}]");
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
        assertThat(ok.json().path("kept").asInt()).isEqualTo(1);
        Reply bad = http.post(
                "supervisor",
                "/api/v1/locations",
                "[{\"deviceId\":\"patrol-" + port + "\",\"lat\":-0.18,\"lon\":-78.47,\"at\":\"" + at
                        + "\"},{\"deviceId\":\"x\",\"lat\":99}]");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("[1]");
        assertThat(http.post("operator", "/api/v1/locations", "[]").status()).isEqualTo(403);
    }

    @Test
    void ownTracksOverMqttIsKept() throws Exception {
        Assumptions.assumeTrue(MQTT_UP, "Mosquitto is not running on 127.0.0.1:1883");
        Registered phone = device("luis/phone-" + port, "PHONE");
        String[] ids = monitored(phone);
        long t = epoch();
        try (MqttClient publisher =
                new MqttClient(MQTT, "amparo-test-pub-" + UUID.randomUUID(), new MemoryPersistence())) {
            publisher.connect();
            MqttMessage message = new MqttMessage(("{\"_type\":\"location\",\"lat\":-2.9003,\"lon\":-79.0061,\"tst\":"
                            + t + ",\"acc\":9,\"tid\":\"lp\"}")
                    .getBytes(StandardCharsets.UTF_8));
            message.setQos(1);
            publisher.publish("owntracks/luis/phone-" + port, message);
            publisher.disconnect();
        }
        String sql = "SELECT COUNT(*) FROM location_fixes WHERE subject_id = ?";
        Instant deadline = Instant.now(java.time.Clock.systemUTC()).plusSeconds(20);
        while (java.util.Objects.requireNonNull(jdbc.queryForObject(sql, Integer.class, ids[0])) == 0
                && Instant.now(java.time.Clock.systemUTC()).isBefore(deadline)) {
            Thread.sleep(100);
        }
        assertThat(jdbc.queryForObject(sql, Integer.class, ids[0])).isEqualTo(1);
    }

    @Test
    void rejectingAnUrgentUseErasesTheFixesItProduced() {
        Registered tracker = device("urgent-" + port, "TRACKER");
        String subjectId = http.post(
                        "investigator",
                        "/api/v1/subjects",
                        "{\"name\":\"Missing Child\",\"category\":\"MISSING_PERSON\"}")
                .text("id");
        Instant now = Instant.now(java.time.Clock.systemUTC());
        Reply auth = http.post(
                "investigator",
                "/api/v1/authorizations",
                Http.json(Map.ofEntries(
                        Map.entry("subjectId", subjectId),
                        Map.entry("purpose", "VICTIM_OR_MISSING_PERSON_SEARCH"),
                        Map.entry("dataKinds", List.of("LOCATION")),
                        Map.entry("issuingAuthority", "Fiscalía de Cuenca"),
                        Map.entry("legalBasis", "COIP art. 444"),
                        Map.entry("reference", "U-1"),
                        Map.entry("notBefore", now.minusSeconds(60).toString()),
                        Map.entry("expiresAt", now.plus(Duration.ofDays(3)).toString()),
                        Map.entry("urgent", true),
                        Map.entry("urgentReason", "Child missing since this morning, judge reachable tomorrow"))));
        assertThat(auth.status()).as(auth.body()).isEqualTo(201);
        String authorizationId = auth.text("id");
        Reply bound = http.post(
                "investigator",
                "/api/v1/devices/" + tracker.id() + "/binding",
                Http.json(Map.of("subjectId", subjectId, "authorizationId", authorizationId)));
        assertThat(bound.status()).as(bound.body()).isEqualTo(200);
        assertThat(osmand(
                        "id=urgent-" + port + "&lat=-2.9&lon=-79.0&timestamp=" + epoch() + "&token=" + tracker.token()))
                .isEqualTo(200);
        String count = "SELECT COUNT(*) FROM location_fixes WHERE authorization_id = ?";
        assertThat(jdbc.queryForObject(count, Integer.class, authorizationId))
                .as("urgent use keeps fixes")
                .isEqualTo(1);

        Reply rejected = http.post(
                "approver",
                "/api/v1/authorizations/" + authorizationId + "/decision",
                "{\"decision\":\"REJECT\",\"reason\":\"not proportionate\"}");
        assertThat(rejected.text("status")).isEqualTo("REJECTED");
        assertThat(jdbc.queryForObject(count, Integer.class, authorizationId))
                .as("rejection deletes them")
                .isZero();
    }

    @Test
    void theDemoTrackerRaisesAStayWithinAlertWhenItLeavesHome() {
        String secret = org.amparo.server.bootstrap.DemoData.TRACKER_SECRET;
        long t = epoch();
        assertThat(osmand("id=demo-tracker-1&lat=-2.9042&lon=-79.0045&timestamp=" + t + "&token=" + secret))
                .isEqualTo(200);
        assertThat(osmand("id=demo-tracker-1&lat=-2.9043&lon=-79.0046&timestamp=" + (t + 10) + "&token=" + secret))
                .isEqualTo(200);
        Reply alerts = http.get("operator", "/api/v1/alerts?type=STAY_WITHIN_BREACH");
        assertThat(alerts.status()).isEqualTo(200);
        assertThat(alerts.body()).contains("\"status\":\"RAISED\"");
    }

    @Test
    void readingTheDeviceListIsAudited() {
        device("listed-" + port, "PHONE");
        jdbc.update(
                "INSERT INTO devices (id, identifier, kind, label, token_sha256, created_at, created_by, enabled)"
                        + " VALUES (?, ?, 'CAMERA', 'stand-in', ?, ?, 'system', FALSE)",
                java.util.UUID.randomUUID().toString(),
                "camera-stand-in-" + port,
                "00".repeat(32),
                java.sql.Timestamp.from(Instant.parse("2026-01-01T00:00:00Z")));
        assertThat(http.get("supervisor", "/api/v1/devices").body())
                .contains("listed-" + port)
                .doesNotContain("camera-stand-in-" + port);
        Reply audit = http.get(
                "auditor",
                "/api/v1/audit?from=2000-01-01T00:00:00Z&limit=5000&to="
                        + Instant.now(java.time.Clock.systemUTC()).plusSeconds(60));
        assertThat(audit.status()).isEqualTo(200);
        boolean found = false;
        for (var entry : audit.json()) {
            found |= entry.path("username").asString("").equals("supervisor")
                    && entry.path("action").asString("").equals("READ")
                    && entry.path("objectType").asString("").equals("DEVICE");
        }
        assertThat(found).as("a READ DEVICE entry by supervisor").isTrue();
    }
}
