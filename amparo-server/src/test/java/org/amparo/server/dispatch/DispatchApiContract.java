package org.amparo.server.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.amparo.server.Http;
import org.amparo.server.Http.Reply;
import org.amparo.server.MutableClock;
import org.amparo.server.TestClockConfig;
import org.amparo.server.dispatch.DispatchApiSupport.UnitRef;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Emergency calls and dispatch through the real HTTP API of the real application (issue #5): a call, the caller's
 * handset location by a real AML SMS, proposals, dispatch, en route, on scene, closed, with the timeline naming who
 * did each step; AML HTTPS with its HMAC; dead letters; EIDO; statistics; the refusals. Units move by their agency
 * devices' fixes through the location ingest. One application and one forward-only clock per database.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "amparo.demo=true",
            "amparo.devices.port=-1",
            "amparo.geofence.tick-interval=PT1H",
            "amparo.aml.hmac-key=" + DispatchApiSupport.HMAC_KEY,
            "amparo.aml.sms-gateway-token=" + DispatchApiSupport.GATEWAY_TOKEN
        })
@Import(TestClockConfig.class)
abstract class DispatchApiContract {
    /** Parque Calderón, Cuenca (Azuay). */
    static final double LAT = -2.8974;

    static final double LON = -79.0045;

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    Http http;
    DispatchApiSupport api;

    @BeforeEach
    void client() {
        http = new Http(port);
        api = new DispatchApiSupport(http, port);
    }

    static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContain("Exception").contains("correlationId");
    }

    @Test
    void callAmlLocationProposalsDispatchOnSceneAndClose() {
        api.provinces();
        clock.advance(Duration.ofMinutes(1));
        UnitRef near = api.unit("AMB", "AMBULANCE");
        UnitRef far = api.unit("AMB", "AMBULANCE");
        api.report(near, -2.8990, -79.0060, clock.instant());
        api.report(far, -2.9200, -79.0300, clock.instant());
        String number = DispatchApiSupport.freshNumber();
        String id = api.incident(number, "MEDICAL", LAT, LON);

        Reply aml = api.sms("dispatcher", null, number, DispatchApiSupport.amlMessage("from_text_sms"));
        assertThat(aml.status()).as(aml.body()).isEqualTo(200);
        assertThat(aml.text("outcome")).isEqualTo("MATCHED");
        assertThat(aml.text("incidentId")).isEqualTo(id);

        JsonNode incident = api.read("dispatcher", id);
        JsonNode caller = incident.path("callerLocation");
        assertThat(caller.path("lat").asDouble()).isEqualTo(48.82639);
        assertThat(caller.path("lon").asDouble()).isEqualTo(-2.36619);
        assertThat(caller.path("radiusMeters").asDouble()).isEqualTo(52.0);
        assertThat(caller.path("method").asString("")).isEqualTo("GNSS");
        assertThat(caller.path("confidence").asInt()).isEqualTo(68);
        assertThat(caller.path("source").asString("")).isEqualTo("AML");
        assertThat(incident.path("location").path("lat").asDouble())
                .as("the caller location never replaces the incident's own")
                .isEqualTo(LAT);
        assertThat(incident.path("province").asString("")).isEqualTo("Azuay");
        assertThat(incident.path("callerNumber").asString("")).isEqualTo(number);

        Reply proposals = http.get("dispatcher", "/api/v1/incidents/" + id + "/proposals");
        assertThat(proposals.status()).as(proposals.body()).isEqualTo(200);
        List<String> ours = new ArrayList<>();
        proposals.json().forEach(p -> {
            assertThat(p.path("etaSeconds").asLong()).isPositive();
            assertThat(p.path("distanceMeters").asLong()).isPositive();
            String unitId = p.path("unitId").asString("");
            if (unitId.equals(near.id()) || unitId.equals(far.id())) {
                ours.add(unitId);
            }
        });
        assertThat(ours).containsExactly(near.id(), far.id());
        assertThat(proposals.json().get(0).path("unitId").asString("")).isEqualTo(near.id());
        assertThat(proposals.json().get(0).path("callSign").asString("")).isEqualTo(near.callSign());

        step("dispatcher", "/api/v1/incidents/" + id + "/dispatch", Map.of("unitId", near.id()));
        step("dispatcher", "/api/v1/units/" + near.id() + "/status", Map.of("status", "EN_ROUTE"));
        clock.advance(Duration.ofMinutes(4));
        step("supervisor", "/api/v1/units/" + near.id() + "/status", Map.of("status", "ON_SCENE"));
        step("supervisor", "/api/v1/incidents/" + id + "/status", Map.of("status", "CLOSED"));

        JsonNode closed = api.read("supervisor", id);
        assertThat(closed.path("status").asString("")).isEqualTo("CLOSED");
        List<String> timeline = new ArrayList<>();
        closed.path("timeline")
                .forEach(e -> timeline.add(e.path("event").asString("") + " "
                        + e.path("to").asString("") + " by " + e.path("actor").asString("")));
        assertThat(timeline)
                .containsSubsequence(
                        "OPENED  by dispatcher",
                        "LOCATED  by dispatcher",
                        "CALLER_LOCATION  by system",
                        "UNIT_DISPATCHED  by dispatcher",
                        "UNIT_STATUS EN_ROUTE by dispatcher",
                        "UNIT_STATUS ON_SCENE by supervisor",
                        "STATUS CLOSED by supervisor");
    }

    private void step(String user, String path, Map<String, Object> body) {
        Reply reply = http.post(user, path, Http.json(body));
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(200);
    }

    @Test
    void unitPositionsComeFromTheirAgencyDevicesThroughTheLocationIngest() {
        UnitRef unit = api.unit("POL", "POLICE_CAR");
        clock.advance(Duration.ofSeconds(30));
        api.report(unit, -2.9011, -79.0101, clock.instant());
        Reply units = http.get("dispatcher", "/api/v1/units");
        assertThat(units.status()).as(units.body()).isEqualTo(200);
        List<JsonNode> all = new ArrayList<>();
        units.json().forEach(all::add);
        JsonNode listed = all.stream()
                .filter(u -> u.path("id").asString("").equals(unit.id()))
                .findFirst()
                .orElseThrow();
        assertThat(listed.path("status").asString("")).isEqualTo("AVAILABLE");
        assertThat(listed.path("lastPosition").path("lat").asDouble()).isEqualTo(-2.9011);
        assertThat(listed.path("lastPosition").path("at").asString(""))
                .isEqualTo(clock.instant().toString());
    }

    @Test
    void networkLocationAsPidfLoOrHeldIsMatchedOrDroppedByItsRetentionAndAlwaysAnswered() {
        String number = "+351912345678";
        String id = api.incident(number, "MEDICAL", LAT, LON);

        Reply civic = api.xml("pidf-lo", "emergency/pidf-lo/sipproxy_L237_60b134ea.xml", number);
        assertThat(civic.status()).as(civic.body()).isEqualTo(200);
        assertThat(civic.text("outcome")).isEqualTo("MATCHED");
        assertThat(civic.text("incidentId")).isEqualTo(id);
        JsonNode incident = api.read("dispatcher", id);
        assertThat(incident.path("callerLocation").path("source").asString("")).isEqualTo("PIDF_LO");
        assertThat(incident.path("location").path("lat").asDouble()).isEqualTo(LAT);

        // The network's own retention-expiry (2006) has passed: dropped and counted, never stored.
        Reply expired = api.xml("held", "emergency/held/gridgears_pointResponse.xml", number);
        assertThat(expired.status()).as(expired.body()).isEqualTo(200);
        assertThat(expired.text("outcome")).isEqualTo("DROPPED");

        Reply error = api.xml("held", "emergency/held/gridgears_errorResponse.xml", number);
        assertThat(error.status()).as(error.body()).isEqualTo(200);
        assertThat(error.text("outcome")).isIn("DROPPED", "PENDING", "MATCHED");

        assertProblem(
                http.send(
                        null,
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://127.0.0.1:" + port + "/api/v1/caller-locations/held?caller=1"))
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("<x/>"))),
                401);
    }

    @Test
    void amlHttpsIsAcceptedOnlyWithTheRightHmacAndAlwaysAnswered2xx() {
        String body = DispatchApiSupport.amlMessage("from_https");
        String id = api.incident("+447477593102", "POLICE", LAT, LON);

        Reply good = api.https(DispatchApiSupport.signed(body, DispatchApiSupport.HMAC_KEY));
        assertThat(good.status()).as(good.body()).isEqualTo(202);
        JsonNode caller = api.read("dispatcher", id).path("callerLocation");
        assertThat(caller.path("format").asString("")).isEqualTo("AML_HTTPS");
        assertThat(caller.path("lat").asDouble()).isEqualTo(55.85732);
        assertThat(caller.path("method").asString("")).isEqualTo("GNSS");

        Reply forged = api.https(DispatchApiSupport.signed(body, "not-the-key-of-this-server"));
        assertThat(forged.status())
                .as("AML senders are answered 2xx even when refused")
                .isEqualTo(202);
        assertThat(forged.body()).doesNotContain("BAD_MAC");
        Reply letters = http.get(
                "supervisor", "/api/v1/aml/dead-letters?justification=" + DispatchApiSupport.WHY.replace(' ', '+'));
        assertThat(letters.status()).as(letters.body()).isEqualTo(200);
        assertThat(letters.json().path("deadLetters").get(0).path("reason").asString(""))
                .isEqualTo("BAD_MAC");
        assertThat(letters.json().path("counts").path("BAD_MAC").asLong()).isPositive();
    }

    @Test
    void malformedSmsFromTheGatewayIsAnswered2xxAndDeadLetteredWithItsReason() {
        String malformed = DispatchApiSupport.amlMessage("unknownAttribute");
        Reply reply = api.sms(null, DispatchApiSupport.GATEWAY_TOKEN, DispatchApiSupport.freshNumber(), malformed);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.text("outcome")).isEqualTo("DEAD_LETTERED");
        assertThat(reply.text("reason")).isEqualTo("UNKNOWN_ATTRIBUTE");
        String letterId = reply.text("deadLetterId");

        Reply letters = http.get(
                "supervisor", "/api/v1/aml/dead-letters?justification=" + DispatchApiSupport.WHY.replace(' ', '+'));
        List<String> ids = new ArrayList<>();
        letters.json().path("deadLetters").forEach(l -> ids.add(l.path("id").asString("")));
        assertThat(ids).contains(letterId);

        assertProblem(api.sms(null, null, "+593991111111", malformed), 401);
        assertProblem(api.sms(null, "wrong-token-wrong-token-wrong", "+593991111111", malformed), 401);
        assertProblem(api.sms("auditor", null, "+593991111111", malformed), 403);
        assertProblem(http.get("dispatcher", "/api/v1/aml/dead-letters?justification=because+I+want"), 403);
        assertProblem(http.get("supervisor", "/api/v1/aml/dead-letters"), 400);
    }

    @Test
    void refusalsAreProblems() {
        String id = api.incident(DispatchApiSupport.freshNumber(), "FIRE", LAT, LON);
        assertProblem(
                http.post(
                        "dispatcher",
                        "/api/v1/incidents",
                        "{\"callerNumber\":\"+593991234567\",\"type\":\"MEDICAL\",\"priority\":1,\"ethnicity\":\"x\"}"),
                400);
        assertProblem(
                http.post("dispatcher", "/api/v1/incidents", "{\"callerNumber\":\"+5939\",\"type\":\"MEDICAL\"}"), 400);
        assertProblem(
                http.post(
                        "dispatcher",
                        "/api/v1/incidents",
                        "{\"callerNumber\":\"+593991234567\",\"type\":\"MEDICAL\",\"priority\":9}"),
                400);
        assertProblem(http.get("dispatcher", "/api/v1/incidents/" + id), 400);
        assertProblem(http.get("dispatcher", "/api/v1/incidents/not-an-id?justification=handling+the+call"), 400);
        for (String path : List.of(
                "/api/v1/incidents",
                "/api/v1/incidents/" + id + "?justification=auditing+the+centre",
                "/api/v1/incidents/" + id + "/proposals",
                "/api/v1/units")) {
            assertProblem(http.get("auditor", path), 403);
        }
        assertProblem(http.post("auditor", "/api/v1/incidents/" + id + "/status", "{\"status\":\"CLOSED\"}"), 403);
        assertProblem(http.post("operator", "/api/v1/incidents", "{}"), 403);
        assertProblem(http.post("dispatcher", "/api/v1/units", "{\"callSign\":\"X-1\",\"type\":\"AMBULANCE\"}"), 403);
        assertProblem(http.post("dispatcher", "/api/v1/incidents/" + id + "/status", "{\"status\":\"ON_SCENE\"}"), 409);
        assertProblem(
                http.post(
                        "dispatcher",
                        "/api/v1/incidents/" + id + "/location",
                        "{\"lat\":1,\"callerLocationId\":\"x\"}"),
                400);
        assertProblem(http.get(null, "/api/v1/incidents"), 401);
    }

    @Test
    void eidoExportHasTheIncidentAndLocationComponentsWithoutTheCallerNumber() {
        String number = DispatchApiSupport.freshNumber();
        String id = api.incident(number, "TRAFFIC", LAT, LON);
        assertProblem(http.get("dispatcher", "/api/v1/incidents/" + id + "/eido"), 400);
        Reply reply =
                http.get("dispatcher", "/api/v1/incidents/" + id + "/eido?justification=sharing+with+the+fire+service");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode eido = reply.json();
        assertThat(eido.path("eidoMessageIdentifier").asString("")).startsWith("urn:emergency:uid:eidomsgid:");
        assertThat(eido.path("lastUpdateTimeStamp").asString("")).isNotEmpty();
        JsonNode incident = eido.path("incidentComponent");
        assertThat(incident.path("incidentTrackingIdentifier").asString(""))
                .isEqualTo("urn:emergency:uid:incidentid:" + id + ":amparo");
        assertThat(incident.path("incidentTypeCommonRegistryText").asString("")).isEqualTo("Traffic");
        assertThat(incident.path("incidentStatusInternalText").get(0).asString(""))
                .isEqualTo("OPEN");
        String ref = incident.path("locationReference").get(0).path("$ref").asString("");
        JsonNode location = eido.path("locationComponent").get(0);
        assertThat(location.path("$id").asString("")).isEqualTo(ref);
        assertThat(location.path("locationByValue").asString(""))
                .contains("<gml:pos>" + LAT + " " + LON + "</gml:pos>");
        assertThat(reply.body()).doesNotContain(number.substring(1));
    }

    @Test
    void statisticsAsJsonCsvAndAgainstTheYearBeforeForTheAuditorToo() {
        api.provinces();
        api.incident(DispatchApiSupport.freshNumber(), "POLICE", LAT, LON);
        String query = "/api/v1/stats/incidents?groupBy=province&from=2026-11-01&to=2026-11-30&granularity=MONTH";
        Reply json = http.get("auditor", query);
        assertThat(json.status()).as(json.body()).isEqualTo(200);
        List<String> provinces = new ArrayList<>();
        json.json().path("rows").forEach(r -> {
            assertThat(r.path("period").asString("")).isEqualTo("2026-11-01");
            assertThat(r.path("incidents").asLong()).isPositive();
            provinces.add(r.path("province").asString(""));
        });
        assertThat(provinces).contains("Azuay");

        Reply csv = api.getAccept("auditor", query, "text/csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("period,province_id,province,type,priority,incidents,");
        assertThat(csv.body()).contains("\"Azuay\",POLICE,1,");
        assertThat(http.get("supervisor", query + "&format=csv").body()).isEqualTo(csv.body());

        Reply compare = http.get("auditor", "/api/v1/stats/incidents/compare?from=2026-11-01&to=2026-11-30");
        assertThat(compare.status()).as(compare.body()).isEqualTo(200);
        List<String> compared = new ArrayList<>();
        compare.json().path("provinces").forEach(p -> {
            compared.add(p.path("province").asString(""));
            assertThat(p.path("before").asLong()).isZero();
        });
        assertThat(compared).contains("Azuay");
        assertProblem(http.get("auditor", query.replace("MONTH", "YEAR")), 400);
        assertProblem(http.get("auditor", query.replace("groupBy=province", "groupBy=ethnicity")), 400);
        assertProblem(http.get("operator", query), 403);
    }

    @Test
    void reimportedProvincesTakeEffectWithoutARestart() {
        String before = api.incident(DispatchApiSupport.freshNumber(), "RESCUE", -1.0, -95.0);
        assertThat(api.read("dispatcher", before).path("province").isNull()).isTrue();
        String square = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"shapeID\":\"TEST-OCEAN-1\",\"shapeName\":\"Zona de Prueba\"},\"geometry\":{\"type\":\"Polygon\","
                + "\"coordinates\":[[[-95.5,-1.5],[-94.5,-1.5],[-94.5,-0.5],[-95.5,-0.5],[-95.5,-1.5]]]}}]}";
        Reply imported = http.post("admin", "/api/v1/areas/import?level=1", square);
        assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        String after = api.incident(DispatchApiSupport.freshNumber(), "RESCUE", -1.0, -95.0);
        assertThat(api.read("dispatcher", after).path("province").asString("")).isEqualTo("Zona de Prueba");
    }
}
