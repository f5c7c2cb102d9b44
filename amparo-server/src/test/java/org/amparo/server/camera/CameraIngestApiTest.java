package org.amparo.server.camera;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.amparo.server.Http;
import org.amparo.server.Http.Reply;
import org.amparo.server.MutableClock;
import org.amparo.server.TestClockConfig;
import org.amparo.server.face.FaceEngine;
import org.amparo.server.face.FacePhotos;
import org.amparo.server.face.FaceScenario;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Camera ingest through the real application on H2: a camera's own upload token, and frames pulled by ffmpeg
 * from a loopback MJPEG camera showing a watchlisted LFW person, which become a match.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"amparo.demo=true", "amparo.devices.port=-1", "amparo.cameras.pull-fps=2"})
@Import(TestClockConfig.class)
class CameraIngestApiTest {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String run = UUID.randomUUID().toString();
        registry.add("amparo.database.url", () -> "jdbc:h2:mem:camera-" + run + ";DB_CLOSE_DELAY=-1");
        registry.add("amparo.data-dir", () -> "target/test-data/camera-" + run);
    }

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
    void aCameraPostsItsOwnFramesWithItsTokenAndNothingElseWorks() throws Exception {
        byte[] frame = CameraPullerTest.jpeg();
        Reply created = http.post("admin", "/api/v1/cameras", Http.json(FaceScenario.camera("Puerta Norte", -2.9)));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String camera = created.text("id");
        String token = created.text("token");
        assertThat(token).startsWith("amc_");
        Reply other = http.post("admin", "/api/v1/cameras", Http.json(FaceScenario.camera("Puerta Sur", -2.91)));
        String otherToken = other.text("token");
        assertThat(otherToken).isNotEqualTo(token);

        Reply own = upload(camera, token, null, frame);
        assertThat(own.status()).as(own.body()).isEqualTo(202);
        assertThat(own.json().path("faces").asInt()).isZero();

        assertProblem(upload(camera, otherToken, null, frame), 401);
        assertProblem(upload(camera, token + "x", null, frame), 401);
        assertProblem(upload(camera, "", null, frame), 401);
        assertProblem(upload(camera, null, null, frame), 401);
        assertProblem(upload(camera, null, "investigator", frame), 403);
        assertThat(upload(camera, token, "investigator", frame).status())
                .as("the camera token decides, whoever else logs in")
                .isEqualTo(202);
        Reply admin = upload(camera, null, "admin", frame);
        assertThat(admin.status()).as(admin.body()).isEqualTo(202);

        Reply list = http.get("admin", "/api/v1/cameras");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).doesNotContain(token).doesNotContain("\"token\"");
    }

    @Test
    void framesPulledThroughFfmpegFromAnMjpegCameraBecomeAMatch() throws Exception {
        LocalCameraServer.requireFfmpeg();
        FacePhotos person = FacePhotos.find(engine);
        try (LocalCameraServer source = new LocalCameraServer(person.seen());
                LocalCameraServer snapshot = new LocalCameraServer(CameraPullerTest.jpeg())) {
            Map<String, Object> body = new HashMap<>(FaceScenario.camera("Mercado 10 de Agosto", -2.8974));
            body.put("sourceUrl", source.url("/stream.mjpg"));
            Reply created = http.post("admin", "/api/v1/cameras", Http.json(body));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            String camera = created.text("id");
            Map<String, Object> still = new HashMap<>(FaceScenario.camera("Plaza San Francisco", -2.899));
            still.put("sourceUrl", snapshot.url("/snapshot.jpg"));
            String snapshotCamera =
                    http.post("admin", "/api/v1/cameras", Http.json(still)).text("id");

            String subjectId = scenario.subject();
            String authorizationId = scenario.authorization(subjectId, camera);
            Reply enrolled = scenario.enrol(subjectId, authorizationId, person.enrolment());
            assertThat(enrolled.status()).as(enrolled.body()).isEqualTo(201);

            JsonNode health = awaitIngest(camera, h -> h.path("matches").asLong() >= 1);
            assertThat(health.path("state").asString("")).isEqualTo("RUNNING");
            assertThat(health.path("framesIn").asLong())
                    .isGreaterThanOrEqualTo(health.path("framesOut").asLong());
            assertThat(health.path("source").asString(""))
                    .isEqualTo("http://127.0.0.1:" + source.port() + "/stream.mjpg");

            Reply alerts = http.get("operator", "/api/v1/alerts?type=FACE_MATCH");
            assertThat(alerts.status()).as(alerts.body()).isEqualTo(200);
            List<JsonNode> matches = new java.util.ArrayList<>();
            alerts.json().forEach(matches::add);
            assertThat(matches).anySatisfy(m -> {
                assertThat(m.path("cameraId").asString("")).isEqualTo(camera);
                assertThat(m.path("subjectId").asString("")).isEqualTo(subjectId);
            });

            JsonNode snap = awaitIngest(snapshotCamera, h -> h.path("framesOut").asLong() >= 2);
            assertThat(snap.path("matches").asLong()).isZero();

            Reply list = http.get("admin", "/api/v1/cameras");
            assertThat(list.body()).doesNotContain("s3cret-pass").doesNotContain("viewer");
        }
    }

    private JsonNode awaitIngest(String camera, java.util.function.Predicate<JsonNode> done)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            Reply list = http.get("admin", "/api/v1/cameras");
            assertThat(list.status()).as(list.body()).isEqualTo(200);
            for (JsonNode c : list.json()) {
                if (c.path("id").asString("").equals(camera) && c.has("ingest")) {
                    last = c.path("ingest");
                    if (done.test(last)) {
                        return last;
                    }
                }
            }
            Thread.sleep(250);
        }
        throw new AssertionError("camera " + camera + " ingest did not get there: " + last);
    }

    private Reply upload(String camera, @Nullable String token, @Nullable String user, byte[] jpeg) {
        HttpRequest.Builder request = HttpRequest.newBuilder(
                        URI.create(scenario.base() + "/api/v1/cameras/" + camera + "/frames"))
                .header("Content-Type", "image/jpeg")
                .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg));
        if (token != null) {
            request.header(CameraAuthenticator.HEADER, token);
        }
        return http.send(user, request);
    }

    private static void assertProblem(Reply reply, int status) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        if (status >= 400) {
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }
}
