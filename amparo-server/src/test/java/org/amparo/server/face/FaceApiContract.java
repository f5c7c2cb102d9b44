package org.amparo.server.face;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.amparo.server.Http;
import org.amparo.server.Http.Reply;
import org.amparo.server.MutableClock;
import org.amparo.server.TestClockConfig;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Face identification through the real HTTP API of the real application:
 * a camera, a FACE authorization scoped to it, photos of a real LFW person enrolled, another photo
 * of that person arriving as a frame becomes a match that two operators confirm; the same face at a
 * camera outside the authorization leaves nothing. Keys are generated into a fresh data folder (demo
 * mode). Run on H2 and PostgreSQL alike.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"amparo.demo=true", "amparo.devices.port=-1"})
@Import(TestClockConfig.class)
abstract class FaceApiContract {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    FaceEngine engine;

    Http http;
    FaceScenario scenario;

    @BeforeEach
    void client() {
        http = new Http(port);
        scenario = new FaceScenario(port, clock);
    }

    @Test
    void aWatchlistedFaceAtAnInScopeCameraBecomesAMatchThatTwoOperatorsConfirm() throws IOException {
        FacePhotos person = FacePhotos.find(engine);
        String inScope = scenario.camera("Parque Calderón N");
        String outOfScope = scenario.camera("Terminal Terrestre");
        String subjectId = scenario.subject();
        String authorizationId = scenario.authorization(subjectId, inScope);

        Reply blank = scenario.enrol(subjectId, authorizationId, List.of(png(new BufferedImage(200, 200, 1))));
        assertProblem(blank, 400);
        assertThat(blank.body()).contains("photos[0]").containsIgnoringCase("face");

        Reply enrolled = scenario.enrol(subjectId, authorizationId, person.enrolment());
        assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);
        assertThat(enrolled.text("id")).isNotBlank();

        assertProblem(scenario.frame("investigator", inScope, person.seen()), 403);
        Reply seen = scenario.frame("admin", inScope, person.seen());
        assertThat(seen.status()).as(seen.body()).isEqualTo(202);
        assertThat(seen.json().path("faces").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(seen.json().path("matches").asInt()).isEqualTo(1);

        List<JsonNode> matches = faceMatches("operator");
        assertThat(matches).singleElement().satisfies(m -> {
            assertThat(m.path("type").asString("")).isEqualTo("FACE_MATCH");
            assertThat(m.path("subjectId").asString("")).isEqualTo(subjectId);
            assertThat(m.path("status").asString("")).isEqualTo("PENDING_CONFIRMATION");
            assertThat(m.path("cameraId").asString("")).isEqualTo(inScope);
        });
        String matchId = matches.getFirst().path("id").asString("");

        assertProblem(scenario.verdict("investigator", matchId, "CONFIRM"), 403);
        Reply first = scenario.verdict("operator", matchId, "CONFIRM");
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.text("status")).isEqualTo("PENDING_CONFIRMATION");
        assertProblem(scenario.verdict("operator", matchId, "CONFIRM"), 409);
        Reply second = scenario.verdict("operator2", matchId, "CONFIRM");
        assertThat(second.status()).as(second.body()).isEqualTo(200);
        assertThat(second.text("status")).isEqualTo("CONFIRMED");

        Reply elsewhere = scenario.frame("admin", outOfScope, person.seen());
        assertThat(elsewhere.status()).as(elsewhere.body()).isEqualTo(202);
        assertThat(elsewhere.json().path("matches").asInt()).isZero();
        assertThat(elsewhere.json().path("droppedOutOfScope").asInt()).isEqualTo(1);
        assertThat(faceMatches("operator"))
                .as("nothing is stored for the camera outside the authorization")
                .singleElement()
                .satisfies(m -> assertThat(m.path("status").asString("")).isEqualTo("CONFIRMED"));

        assertProblem(http.get("auditor", "/api/v1/alerts?type=FACE_MATCH"), 403);
        assertExport(matchId);
        assertLegalHold(matchId);
    }

    /** A hold for an open case is placed once, refused to those who may not, and released when the case closes. */
    private void assertLegalHold(String matchId) {
        String path = "/api/v1/evidence/" + matchId + "/hold";
        Reply held = http.post("investigator", path, Http.json(Map.of("caseReference", "17282-2026-00042")));
        assertThat(held.status()).as(held.body()).isEqualTo(201);
        assertThat(held.text("caseReference")).isEqualTo("17282-2026-00042");
        assertThat(held.json().path("active").asBoolean(false)).isTrue();
        assertProblem(http.post("supervisor", path, Http.json(Map.of("caseReference", "another case"))), 409);
        assertProblem(http.post("operator", path, Http.json(Map.of("caseReference", "17282-2026-00042"))), 403);
        Reply released = http.send(
                "supervisor",
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .DELETE());
        assertThat(released.status()).as(released.body()).isEqualTo(200);
        assertThat(released.json().path("active").asBoolean(true)).isFalse();
        assertThat(released.text("releasedBy")).isEqualTo("supervisor");
    }

    @Test
    void refusalsAreProblems() {
        assertProblem(http.post("operator", "/api/v1/cameras", Http.json(FaceScenario.camera("Refused", 1.0))), 403);
        Map<String, Object> unknown = new HashMap<>(FaceScenario.camera("Unknown field", -2.9));
        unknown.put("ethnicity", "x");
        assertProblem(http.post("admin", "/api/v1/cameras", Http.json(unknown)), 400);
        assertProblem(
                http.post("admin", "/api/v1/cameras", Http.json(FaceScenario.camera("Off the globe", 95.0))), 400);
        String camera = scenario.camera("Mercado 10 de Agosto");
        assertProblem(
                http.send(
                        "admin",
                        HttpRequest.newBuilder(URI.create(scenario.base() + "/api/v1/cameras/" + camera + "/frames"))
                                .header("Content-Type", "text/plain")
                                .POST(HttpRequest.BodyPublishers.ofString("no image"))),
                415);
        assertProblem(scenario.frame("admin", camera, "not an image".getBytes(StandardCharsets.UTF_8)), 400);
        assertProblem(scenario.frame("admin", UUID.randomUUID().toString(), new byte[] {1}), 404);
        assertProblem(http.get("auditor", "/api/v1/cameras"), 403);
        Reply listed = http.get("operator", "/api/v1/cameras");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).contains("Mercado 10 de Agosto");
        assertProblem(scenario.verdict("operator", UUID.randomUUID().toString(), "CONFIRM"), 404);
        assertProblem(scenario.verdict("operator", UUID.randomUUID().toString(), "MAYBE"), 400);
    }

    private void assertExport(String matchId) throws IOException {
        assertProblem(http.get("supervisor", "/api/v1/evidence/" + matchId + "/export"), 400);
        assertProblem(http.get("operator", "/api/v1/evidence/" + matchId + "/export?justification=court"), 403);
        HttpRequest.Builder export = HttpRequest.newBuilder(
                        URI.create(scenario.base() + "/api/v1/evidence/" + matchId + "/export"))
                .header("X-Justification", "Court request 2026-117 for the hearing");
        java.net.http.HttpResponse<byte[]> zip;
        try (java.net.http.HttpClient client = java.net.http.HttpClient.newHttpClient()) {
            zip = client.send(
                    export.header("Authorization", basic("supervisor")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(zip.statusCode()).isEqualTo(200);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).anyMatch(n -> n.startsWith("probe-crop")).anyMatch(n -> n.startsWith("enrolled-photo"));
        assertThat(names).contains("MANIFEST.txt", "MANIFEST.sig");
    }

    private List<JsonNode> faceMatches(String user) {
        Reply reply = http.get(user, "/api/v1/alerts?type=FACE_MATCH");
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        List<JsonNode> list = new ArrayList<>();
        reply.json().forEach(list::add);
        return list;
    }

    private static String basic(String user) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((user + ":amparo-demo").getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] png(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.body()).startsWith("application/problem+json");
        assertThat(reply.body()).doesNotContain("Exception");
    }
}
