package org.amparo.server.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.amparo.server.Http;
import org.amparo.server.Http.Reply;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The real application in demo mode with the simulator on, fast: everything the simulator shows arrives
 * through the API within a generous deadline (a deadline, not a timing assertion), and pausing stops its
 * traffic.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "amparo.demo=true",
            "amparo.demo.simulator.enabled=true",
            "amparo.demo.simulator.speed=20",
            "amparo.demo.simulator.units=12",
            "amparo.demo.simulator.monitored-devices=7",
            "amparo.demo.simulator.cameras=2",
            "amparo.demo.simulator.calls-per-hour=120",
            "amparo.demo.simulator.handle-after=PT20S"
        })
class SimulatorIntegrationTest {
    private static final Duration DEADLINE = Duration.ofSeconds(240);
    private static final Path SHARED = Path.of(System.getProperty("amparo-test.shared-data", "../../shared/data"));

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("amparo.database.url", () -> "jdbc:h2:mem:simulator-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        registry.add("amparo.data-dir", () -> "target/test-data/simulator-" + UUID.randomUUID());
        registry.add("amparo.demo.data-dir", SHARED::toString);
    }

    @Test
    void theSimulatorDrivesEveryScenarioThroughTheApiAndPausingStopsIt() {
        Http http = new Http(port);
        assertThat(http.get("auditor", "/api/v1/demo/simulator").status())
                .as("the auditor sees no live operations")
                .isEqualTo(403);
        assertThat(http.get("supervisor", "/api/v1/demo/simulator")
                        .json()
                        .path("running")
                        .asBoolean())
                .isTrue();

        awaitTrue("units report positions", () -> positioned(http) >= 10);
        awaitTrue("a STAY_WITHIN alert (home detention at night)", () -> alerts(http, "STAY_WITHIN_BREACH") > 0);
        awaitTrue("a KEEP_APART alert (protection order)", () -> alerts(http, "KEEP_APART_BREACH") > 0);
        awaitTrue("an incident with a caller location from an AML SMS", () -> amlLocated(http));
        if (Files.isRegularFile(SHARED.resolve("faces/manifest.csv"))) {
            awaitTrue("a FACE_MATCH awaiting confirmation", () -> alerts(http, "FACE_MATCH") > 0);
        }
        JsonNode state = http.get("supervisor", "/api/v1/demo/simulator").json();
        assertThat(state.path("counters").path("calls").asLong()).isPositive();
        assertThat(state.path("counters").path("fixes").path("REST_BATCH").asLong())
                .isPositive();
        assertThat(state.path("counters").path("fixes").path("OSMAND").asLong()).isPositive();
        awaitTrue(
                "a further monitored subject reports over OwnTracks (no MQTT broker configured)",
                () -> http.get("supervisor", "/api/v1/demo/simulator")
                                .json()
                                .path("counters")
                                .path("fixes")
                                .path("OWNTRACKS_HTTP")
                                .asLong()
                        > 0);

        assertThat(put(http, "{\"speed\":99}").status())
                .as("speed out of bounds")
                .isEqualTo(400);
        Reply paused = put(http, "{\"paused\":true}");
        assertThat(paused.status()).as(paused.body()).isEqualTo(200);
        assertThat(paused.json().path("paused").asBoolean()).isTrue();
        // requests sent before the pause may still land: wait until the count is still, then watch it
        long[] last = {-1};
        awaitTrue("in-flight fixes land", () -> {
            long now = fixes(http);
            boolean still = now == last[0];
            last[0] = now;
            sleep(Duration.ofSeconds(2));
            return still;
        });
        String latest = latestUnitFix(http);
        sleep(Duration.ofSeconds(6));
        assertThat(fixes(http)).as("no fixes sent while paused").isEqualTo(last[0]);
        assertThat(latestUnitFix(http)).as("no unit moved while paused").isEqualTo(latest);

        Reply resumed = put(http, "{\"paused\":false,\"speed\":5}");
        assertThat(resumed.json().path("speed").asDouble()).isEqualTo(5.0);
        awaitTrue("fixes flow again after resuming", () -> fixes(http) > last[0]);
        aRestartRevokesTheEarlierRunsCases(http);
    }

    /**
     * What a restart on the same database does first: the cases this run set up count as an earlier run's and are
     * revoked; the demo's seeded case stays approved.
     */
    private void aRestartRevokesTheEarlierRunsCases(Http http) {
        List<String> simulated = approved(http, Cases.AUTHORITY);
        assertThat(simulated).as("the simulator's own cases").isNotEmpty();
        assertThat(approved(http, null)).as("the seeded demo case").isNotEmpty();
        try (LoopbackClient client = new LoopbackClient(port, -1, new SimCounters())) {
            assertThat(new Cases(client, java.time.Clock.systemUTC()).endEarlierRuns())
                    .isEqualTo(simulated.size());
        }
        assertThat(approved(http, Cases.AUTHORITY)).isEmpty();
        assertThat(approved(http, null)).as("the seeded demo case").isNotEmpty();
        for (String id : simulated) {
            assertThat(http.get("approver", "/api/v1/authorizations/" + id).text("status"))
                    .isEqualTo("REVOKED");
        }
    }

    /** Approved authorizations naming {@code authority}, or naming any other when null. */
    private static List<String> approved(Http http, @Nullable String authority) {
        List<String> ids = new ArrayList<>();
        for (JsonNode a :
                http.get("approver", "/api/v1/authorizations?status=APPROVED").json()) {
            String named = a.path("issuingAuthority").asString("");
            if (authority == null ? !named.equals(Cases.AUTHORITY) : named.equals(authority)) {
                ids.add(a.path("id").asString(""));
            }
        }
        return ids;
    }

    private Reply put(Http http, String json) {
        return http.send(
                "supervisor",
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/demo/simulator"))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    private static long positioned(Http http) {
        Reply units = http.get("supervisor", "/api/v1/units");
        long n = 0;
        for (JsonNode unit : units.json()) {
            if (unit.has("lastPosition")) {
                n++;
            }
        }
        return n;
    }

    private static String latestUnitFix(Http http) {
        List<String> times = new ArrayList<>();
        for (JsonNode unit : http.get("supervisor", "/api/v1/units").json()) {
            times.add(unit.path("lastPosition").path("at").asString(""));
        }
        return times.stream().max(String::compareTo).orElse("");
    }

    private static long alerts(Http http, String type) {
        return http.get("supervisor", "/api/v1/alerts?type=" + type).json().size();
    }

    private static boolean amlLocated(Http http) {
        for (JsonNode incident : http.get("dispatcher", "/api/v1/incidents").json()) {
            Reply detail = http.get(
                    "dispatcher",
                    "/api/v1/incidents/" + incident.path("id").asString("") + "?justification=demo+simulator+test");
            if (detail.json().path("callerLocation").path("source").asString("").equals("AML")) {
                return true;
            }
        }
        return false;
    }

    private static long fixes(Http http) {
        return http.get("supervisor", "/api/v1/demo/simulator")
                .json()
                .path("counters")
                .path("fixesTotal")
                .asLong();
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            sleep(Duration.ofMillis(500));
        }
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
