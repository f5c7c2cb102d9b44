package org.amparo.server.simulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.core.geo.GeoPoint;
import tools.jackson.databind.JsonNode;

/**
 * Opens the legal side of a demo case through the API, as the people involved would: {@code investigator}
 * creates the subject and requests the authorization, {@code approver} approves it, the device is registered
 * and bound under it. Every step is the real, audited one. Thread-safe.
 */
final class Cases {
    static final String INVESTIGATOR = "investigator";
    static final String APPROVER = "approver";
    /** The issuing authority the simulator's cases name; nothing else in the demo names it. */
    static final String AUTHORITY = "DEMO Unidad Judicial Penal";

    /** A subject under an approved authorization, with the device bound to them and its secret. */
    record Monitored(String subjectId, String authorizationId, String deviceId, String identifier, String secret) {}

    private final LoopbackClient http;
    private final Clock clock;

    Cases(LoopbackClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    /**
     * Revokes, as {@code approver}, the simulator's cases that are still approved: those an earlier run left
     * behind on the same database (a restart), whose devices no longer report. Revocation ends their orders and
     * stops their processing the audited way; their data stays until the retention purge. The demo's own seeded
     * case names another authority and is left alone.
     *
     * @return how many were revoked
     */
    int endEarlierRuns() {
        LoopbackClient.Reply approved = http.get(APPROVER, "/api/v1/authorizations?status=APPROVED");
        if (!approved.ok()) {
            return 0;
        }
        int revoked = 0;
        for (JsonNode authorization : approved.json()) {
            if (AUTHORITY.equals(authorization.path("issuingAuthority").asString(""))
                    && http.post(
                                    APPROVER,
                                    "/api/v1/authorizations/"
                                            + authorization.path("id").asString("") + "/revoke",
                                    Map.of("reason", "DEMO: the simulator restarted; an earlier run's case ends"))
                            .ok()) {
                revoked++;
            }
        }
        return revoked;
    }

    /** A subject; empty when a step failed (counted by the client). */
    Optional<String> subject(String name, String category) {
        return http.postForJson(INVESTIGATOR, "/api/v1/subjects", Map.of("name", name, "category", category))
                .map(node -> node.path("id").asString(""));
    }

    /** Requests and approves an authorization; its scope covers {@code cameraIds} (empty: the whole country). */
    Optional<String> approvedAuthorization(
            String subjectId, String purpose, String dataKind, List<String> cameraIds, String reason) {
        Instant now = clock.instant();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("subjectId", subjectId);
        request.put("purpose", purpose);
        request.put("dataKinds", List.of(dataKind));
        request.put("issuingAuthority", AUTHORITY);
        request.put("legalBasis", "COIP art. 522 (DEMO)");
        request.put("reference", "DEMO-" + subjectId.substring(0, 8));
        request.put("notBefore", now.minusSeconds(60).toString());
        request.put("expiresAt", now.plus(Duration.ofDays(30)).toString());
        request.put("scope", Map.of("areas", List.of(), "cameraIds", cameraIds));
        request.put("urgent", false);
        Optional<String> id = http.postForJson(INVESTIGATOR, "/api/v1/authorizations", request)
                .map(node -> node.path("id").asString(""));
        return id.filter(auth -> http.post(
                        APPROVER,
                        "/api/v1/authorizations/" + auth + "/decision",
                        Map.of("decision", "APPROVE", "reason", reason))
                .ok());
    }

    /** A subject with a tracker (or phone) bound under an approved electronic-monitoring authorization. */
    Optional<Monitored> monitored(String name, String category, String identifier, String kind) {
        Optional<String> subject = subject(name, category);
        if (subject.isEmpty()) {
            return Optional.empty();
        }
        String subjectId = subject.get();
        Optional<String> auth = approvedAuthorization(
                subjectId,
                "ELECTRONIC_MONITORING_ORDER",
                "LOCATION",
                List.of(),
                "DEMO: court-ordered electronic monitoring, proportionate");
        if (auth.isEmpty()) {
            return Optional.empty();
        }
        Optional<JsonNode> device = http.postForJson(
                INVESTIGATOR,
                "/api/v1/devices",
                Map.of("identifier", identifier, "kind", kind, "label", "DEMO " + name));
        if (device.isEmpty()) {
            return Optional.empty();
        }
        String deviceId = device.get().path("id").asString("");
        boolean bound = http.post(
                        INVESTIGATOR,
                        "/api/v1/devices/" + deviceId + "/binding",
                        Map.of("subjectId", subjectId, "authorizationId", auth.get()))
                .ok();
        return bound
                ? Optional.of(new Monitored(
                        subjectId,
                        auth.get(),
                        deviceId,
                        identifier,
                        device.get().path("token").asString("")))
                : Optional.empty();
    }

    /** A circular zone. */
    Optional<String> zone(String name, GeoPoint centre, double radiusMeters) {
        return http.postForJson(
                        INVESTIGATOR,
                        "/api/v1/zones",
                        Map.of(
                                "name",
                                name,
                                "circle",
                                Map.of(
                                        "lat",
                                        centre.latitude(),
                                        "lon",
                                        centre.longitude(),
                                        "radiusMeters",
                                        radiusMeters)))
                .map(node -> node.path("id").asString(""));
    }

    /** A monitoring order of {@code m} with {@code rules}; its id. */
    Optional<String> order(Monitored m, List<Map<String, Object>> rules) {
        return http.postForJson(
                        INVESTIGATOR,
                        "/api/v1/monitoring-orders",
                        Map.of(
                                "authorizationId", m.authorizationId(),
                                "subjectId", m.subjectId(),
                                "deviceId", m.deviceId(),
                                "rules", rules))
                .map(node -> node.path("id").asString(""));
    }
}
