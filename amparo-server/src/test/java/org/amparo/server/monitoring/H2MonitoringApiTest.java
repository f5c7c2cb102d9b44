package org.amparo.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Zones, orders and alerts through the API on the embedded default, H2. */
class H2MonitoringApiTest extends MonitoringApiContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("amparo.database.url", () -> "jdbc:h2:mem:monitoring-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    private HttpRequest stream(String user) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/events/stream"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":amparo-demo").getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream")
                .build();
    }

    @Test
    void integrationsFollowAlertChangesOnTheApiEventStreamWithoutNamesOrPositions() throws Exception {
        Monitored m = monitored("Evento Stream");
        String orderId =
                order("investigator", m, m.device().id().toString(), homeZone()).text("id");
        List<String> lines = new CopyOnWriteArrayList<>();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Void> refused = client.send(stream("auditor"), HttpResponse.BodyHandlers.discarding());
            assertThat(refused.statusCode())
                    .as("the auditor sees no live operations")
                    .isEqualTo(403);

            CompletableFuture<HttpResponse<Stream<String>>> open =
                    client.sendAsync(stream("operator"), HttpResponse.BodyHandlers.ofLines());
            HttpResponse<Stream<String>> response = open.get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
            Thread reader = Thread.ofVirtual().name("sse-reader").start(() -> response.body()
                    .forEach(lines::add));
            walk(m.device(), HOME.latitude());
            walk(m.device(), -2.9101);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (lines.stream().noneMatch(l -> l.contains(orderId)) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            reader.interrupt();
        }
        assertThat(lines).anySatisfy(line -> assertThat(line).isEqualTo("event:alert"));
        assertThat(lines)
                .filteredOn(line -> line.contains(orderId))
                .singleElement()
                .satisfies(data -> assertThat(data)
                        .contains("\"status\":\"RAISED\"", "STAY_WITHIN_BREACH")
                        .doesNotContain("Evento")
                        .doesNotContain("-2.91"));
    }
}
