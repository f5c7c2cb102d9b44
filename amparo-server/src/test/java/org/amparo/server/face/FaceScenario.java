package org.amparo.server.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.amparo.server.Http;
import org.amparo.server.Http.Reply;

/**
 * The steps of a face identification scenario through the real HTTP API, as the demo accounts take
 * them: cameras by the administrator, a subject and a FACE authorization scoped to one camera by the
 * investigator, approved by the approver, enrolment, frames, verdicts.
 */
public final class FaceScenario {
    private final Http http;
    private final Clock clock;
    private final int port;

    public FaceScenario(int port, Clock clock) {
        this.http = new Http(port);
        this.clock = clock;
        this.port = port;
    }

    public String camera(String name) {
        Reply created = http.post("admin", "/api/v1/cameras", Http.json(camera(name, -2.8974)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.text("id");
    }

    public static Map<String, Object> camera(String name, double lat) {
        return Map.of("name", name, "lat", lat, "lon", -79.0045, "province", "Azuay");
    }

    public String subject() {
        Reply subject = http.post(
                "investigator",
                "/api/v1/subjects",
                Http.json(Map.of("name", "Persona Buscada", "category", "MISSING_PERSON")));
        assertThat(subject.status()).as(subject.body()).isEqualTo(201);
        return subject.text("id");
    }

    public String authorization(String subjectId, String cameraId) {
        Instant now = clock.instant();
        Map<String, Object> request = new HashMap<>(Map.of(
                "subjectId",
                subjectId,
                "purpose",
                "VICTIM_OR_MISSING_PERSON_SEARCH",
                "dataKinds",
                List.of("FACE"),
                "issuingAuthority",
                "Unidad Judicial Penal de Cuenca",
                "legalBasis",
                "COIP art. 162",
                "reference",
                "01283-2026-00977",
                "notBefore",
                now.toString(),
                "expiresAt",
                now.plus(Duration.ofDays(7)).toString(),
                "scope",
                Map.of("areas", List.of(), "cameraIds", List.of(cameraId)),
                "urgent",
                false));
        Reply requested = http.post("investigator", "/api/v1/authorizations", Http.json(request));
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String id = requested.text("id");
        Reply approved = http.post(
                "approver",
                "/api/v1/authorizations/" + id + "/decision",
                Http.json(Map.of("decision", "APPROVE", "reason", "Missing person, court order")));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return id;
    }

    public Reply enrol(String subjectId, String authorizationId, List<byte[]> photos) {
        String boundary = "amparo-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        field(body, boundary, "subjectId", subjectId);
        field(body, boundary, "authorizationId", authorizationId);
        for (int i = 0; i < photos.size(); i++) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"p" + i
                            + ".jpg\"\r\nContent-Type: image/jpeg\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(photos.get(i));
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(
                "investigator",
                HttpRequest.newBuilder(URI.create(base() + "/api/v1/watchlist/entries"))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
        body.writeBytes(
                ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
                        .getBytes(StandardCharsets.UTF_8));
    }

    public Reply frame(String user, String cameraId, byte[] jpeg) {
        return http.send(
                user,
                HttpRequest.newBuilder(URI.create(base() + "/api/v1/cameras/" + cameraId + "/frames"))
                        .header("Content-Type", "image/jpeg")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg)));
    }

    public Reply verdict(String user, String matchId, String verdict) {
        return http.post(user, "/api/v1/alerts/" + matchId + "/confirmations", Http.json(Map.of("verdict", verdict)));
    }

    public String base() {
        return "http://127.0.0.1:" + port;
    }
}
