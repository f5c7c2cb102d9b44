package org.amparo.server.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.amparo.core.ingest.SharedTestData;
import org.amparo.server.Http;
import org.amparo.server.Http.Reply;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Requests and fixtures the dispatch API contract shares: real AML messages, signed bodies, units with devices. */
final class DispatchApiSupport {
    static final String HMAC_KEY = "test-aml-hmac-key-0123456789";
    static final String GATEWAY_TOKEN = "test-sms-gateway-token-0123456789";
    static final String WHY = "handling the emergency call";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Http http;
    private final String base;

    DispatchApiSupport(Http http, int port) {
        this.http = http;
        this.base = "http://127.0.0.1:" + port;
    }

    /** The message of one case of the shared AML examples. */
    static String amlMessage(String caseName) {
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

    /** A caller number no other test uses. */
    static String freshNumber() {
        return "+59399" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
    }

    /** A call sign no other test uses. */
    static String freshCallSign(String prefix) {
        return prefix + "-" + (1000 + ThreadLocalRandom.current().nextInt(8999));
    }

    static String signed(String body, String key) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] digest = mac.doFinal(body.getBytes(StandardCharsets.US_ASCII));
            return body + "&hmac=" + HexFormat.of().formatHex(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Reply sms(@Nullable String user, @Nullable String gatewayToken, String from, String text) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(
                        base + "/api/v1/aml/sms?from=" + java.net.URLEncoder.encode(from, StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        if (gatewayToken != null) {
            request.header("X-Amparo-Gateway-Token", gatewayToken);
        }
        return http.send(user, request);
    }

    /** A PIDF-LO or HELD document from the shared data, posted for {@code caller} by a dispatcher. */
    Reply xml(String route, String sharedFile, String caller) {
        Path file = SharedTestData.require(sharedFile);
        try {
            return http.send(
                    "dispatcher",
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/caller-locations/" + route + "?caller="
                                    + java.net.URLEncoder.encode(caller, StandardCharsets.UTF_8)))
                            .header("Content-Type", "application/xml")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(Files.readAllBytes(file))));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    Reply https(String body) {
        return http.send(
                null,
                HttpRequest.newBuilder(URI.create(base + "/api/v1/aml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.US_ASCII)));
    }

    Reply getAccept(String user, String path, String accept) {
        return http.send(
                user,
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Accept", accept)
                        .GET());
    }

    /** An AGENCY_UNIT device (its identifier) and a unit of it; answers the unit's id. */
    record UnitRef(String id, String callSign, String deviceIdentifier) {}

    UnitRef unit(String prefix, String type) {
        String identifier = "unit-" + freshCallSign(prefix).toLowerCase(java.util.Locale.ROOT);
        Reply device = http.post(
                "admin",
                "/api/v1/devices",
                Http.json(Map.of("identifier", identifier, "kind", "AGENCY_UNIT", "label", prefix)));
        assertThat(device.status()).as(device.body()).isEqualTo(201);
        String callSign = freshCallSign(prefix);
        Reply unit = http.post(
                "supervisor",
                "/api/v1/units",
                Http.json(Map.of("callSign", callSign, "type", type, "deviceId", device.text("id"))));
        assertThat(unit.status()).as(unit.body()).isEqualTo(201);
        return new UnitRef(unit.text("id"), callSign, identifier);
    }

    /** The device of {@code unit} reports a fix now, through the REST batch of the location ingest. */
    void report(UnitRef unit, double lat, double lon, java.time.Instant at) {
        Reply kept = http.post(
                "dispatcher",
                "/api/v1/locations",
                Http.json(List.of(
                        Map.of("deviceId", unit.deviceIdentifier(), "lat", lat, "lon", lon, "at", at.toString()))));
        assertThat(kept.status()).as(kept.body()).isEqualTo(200);
    }

    /** Imports the provinces of Ecuador from the shared data set, once per application. */
    void provinces() {
        Reply areas = http.get("dispatcher", "/api/v1/areas?level=1");
        if (areas.json().size() >= 24) {
            return;
        }
        Path file = SharedTestData.require("geo/ecuador-provinces-adm1.geojson");
        try {
            Reply imported = http.post("admin", "/api/v1/areas/import?level=1", Files.readString(file));
            assertThat(imported.status()).as(imported.body()).isEqualTo(200);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file, e);
        }
    }

    String incident(String callerNumber, String type, double lat, double lon) {
        Reply created = http.post(
                "dispatcher",
                "/api/v1/incidents",
                Http.json(Map.of(
                        "callerNumber",
                        callerNumber,
                        "type",
                        type,
                        "priority",
                        1,
                        "description",
                        "Persona inconsciente en la vía",
                        "location",
                        Map.of("lat", lat, "lon", lon))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("id");
    }

    JsonNode read(String user, String incidentId) {
        Reply reply = http.get(user, "/api/v1/incidents/" + incidentId + "?justification=" + WHY.replace(' ', '+'));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }
}
