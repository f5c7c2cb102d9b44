package org.amparo.server.dispatch;

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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The dispatch API contract on the embedded default, H2; and the live events of the board. */
class H2DispatchApiTest extends DispatchApiContract {
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("amparo.database.url", () -> "jdbc:h2:mem:dispatch-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.amparo.server.bootstrap.DemoDispatch demo;

    @Test
    void demoUnitsKeepReportingSoThatTheyStayProposable() {
        clock.advance(Duration.ofMinutes(30));
        demo.reportAll();
        String id = api.incident(DispatchApiSupport.freshNumber(), "MEDICAL", -2.8975, -79.0045);
        org.amparo.server.Http.Reply proposals = http.get("dispatcher", "/api/v1/incidents/" + id + "/proposals");
        assertThat(proposals.status()).as(proposals.body()).isEqualTo(200);
        assertThat(proposals.body()).contains("AMB-C1");
    }

    @Test
    void theBoardHearsOfIncidentsAndCallerLocationsWithoutNumbersOrPositions() throws Exception {
        String number = DispatchApiSupport.freshNumber();
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpRequest stream = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/events/stream"))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString("dispatcher:amparo-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "text/event-stream")
                .build();
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<Stream<String>> response = client.sendAsync(stream, HttpResponse.BodyHandlers.ofLines())
                    .get(10, TimeUnit.SECONDS);
            assertThat(response.statusCode()).isEqualTo(200);
            Thread reader = Thread.ofVirtual().name("sse-reader").start(() -> response.body()
                    .forEach(lines::add));
            String id = api.incident(number, "MEDICAL", LAT, LON);
            api.sms("dispatcher", null, number, DispatchApiSupport.amlMessage("from_text_sms"));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (lines.stream().filter(l -> l.contains(id)).count() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            reader.interrupt();
            assertThat(lines).contains("event:incident", "event:caller-location");
            assertThat(lines)
                    .filteredOn(l -> l.contains(id))
                    .hasSizeGreaterThanOrEqualTo(2)
                    .allSatisfy(data -> assertThat(data)
                            .doesNotContain(number.substring(1))
                            .doesNotContain("48.82")
                            .doesNotContain("-2.89"));
        }
    }
}
