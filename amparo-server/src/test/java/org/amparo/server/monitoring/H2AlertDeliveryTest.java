package org.amparo.server.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.server.Http;
import org.amparo.server.Http.Reply;
import org.amparo.server.delivery.AlertDeliveryWorker;
import org.amparo.store.alert.JdbcAlertOutbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The monitoring flow with an external webhook configured: every alert change reaches it, a failed
 * delivery is retried until it succeeds, and the notice carries no name or position.
 */
class H2AlertDeliveryTest extends MonitoringApiContract {
    private static final List<String> RECEIVED = new CopyOnWriteArrayList<>();
    private static final List<String> PROTECTED_RECEIVED = new CopyOnWriteArrayList<>();
    private static final AtomicInteger FAILURES_LEFT = new AtomicInteger();
    private static final HttpServer WEBHOOK = webhook();

    private static HttpServer webhook() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
            server.createContext("/hook", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                int status = FAILURES_LEFT.getAndDecrement() > 0 ? 500 : 204;
                if (status == 204) {
                    RECEIVED.add(body);
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            server.createContext("/protected", exchange -> {
                PROTECTED_RECEIVED.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("amparo.database.url", () -> "jdbc:h2:mem:delivery-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        registry.add(
                "amparo.alerts.webhook-url",
                () -> "http://127.0.0.1:" + WEBHOOK.getAddress().getPort() + "/hook");
    }

    @AfterAll
    static void stopWebhook() {
        WEBHOOK.stop(0);
    }

    @Autowired
    AlertDeliveryWorker worker;

    @Autowired
    JdbcAlertOutbox outbox;

    @Test
    void alertChangesReachTheWebhookWithRetriesAndWithoutPersonalData() {
        Monitored m = monitored("Webhook Probe");
        String orderId =
                order("investigator", m, m.device().id().toString(), homeZone()).text("id");
        RECEIVED.clear();
        FAILURES_LEFT.set(1);
        walk(m.device(), HOME.latitude());
        walk(m.device(), -2.9101);
        assertThat(outbox.undelivered()).isPositive();

        assertThat(worker.deliverDue()).as("the first attempt fails").isZero();
        assertThat(worker.deliverDue()).as("the retry waits for its delay").isZero();
        clock.advance(Duration.ofSeconds(3));
        assertThat(worker.deliverDue()).isEqualTo(1);
        assertThat(outbox.undelivered()).isZero();
        assertThat(RECEIVED).singleElement().satisfies(notice -> {
            assertThat(notice).contains("\"type\":\"STAY_WITHIN_BREACH\"", "\"status\":\"RAISED\"", orderId);
            assertThat(notice)
                    .doesNotContain("Webhook Probe")
                    .doesNotContain("-2.91")
                    .doesNotContain(m.subjectId());
        });
    }

    @Test
    void theProtectedPersonHearsOfAKeepApartBreachWithoutAnyPositionOrSubjectData() {
        Monitored offender = monitored("Ofensor Protegido");
        Monitored victim = monitored("Victima Protegida", "VICTIM");
        String destination = "http://127.0.0.1:" + WEBHOOK.getAddress().getPort() + "/protected";
        Map<String, Object> rule = Map.of(
                "type",
                "KEEP_APART",
                "protectedDeviceId",
                victim.device().id().toString(),
                "distanceMeters",
                500,
                "protectedChannel",
                Map.of("webhookUrl", destination));
        Reply created = http.post(
                "investigator",
                "/api/v1/monitoring-orders",
                Http.json(Map.of(
                        "authorizationId", offender.authorizationId(),
                        "subjectId", offender.subjectId(),
                        "deviceId", offender.device().id().toString(),
                        "rules", List.of(rule))));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        Reply view = http.get("investigator", "/api/v1/monitoring-orders/" + created.text("id"));
        assertThat(view.body()).contains("\"protectedChannel\":\"WEBHOOK\"").doesNotContain("/protected");

        FAILURES_LEFT.set(0);
        PROTECTED_RECEIVED.clear();
        walk(victim.device(), HOME.latitude());
        walk(offender.device(), HOME.latitude() - 0.001);
        walk(victim.device(), HOME.latitude());
        worker.deliverDue();

        assertThat(PROTECTED_RECEIVED).singleElement().satisfies(notice -> {
            assertThat(notice).contains("\"notice\":\"PROTECTION_ORDER\"", "\"status\":\"RAISED\"", "911");
            assertThat(notice)
                    .doesNotContain("Ofensor")
                    .doesNotContain(offender.subjectId())
                    .doesNotContain(offender.authorizationId())
                    .doesNotContain(created.text("id"))
                    .doesNotContain("-2.9");
        });
        assertThat(outbox.undelivered()).isZero();
    }

    @Test
    void aProtectedChannelIsRefusedOnOtherRulesAndWhenItIsNotOneValidDestination() {
        Monitored m = monitored("Canal Invalido");
        Monitored other = monitored("Canal Otro");
        String zone = homeZone();
        String protectedDevice = other.device().id().toString();
        List<Map<String, Object>> wrong = List.of(
                Map.of("type", "STAY_WITHIN", "zoneIds", List.of(zone), "protectedChannel", Map.of("mqttTopic", "a/b")),
                keepApart(protectedDevice, Map.of("mqttTopic", "a/b", "webhookUrl", "https://x.example/")),
                keepApart(protectedDevice, Map.of("webhookUrl", "ftp://x.example/")),
                keepApart(protectedDevice, Map.of("mqttTopic", "victims/#")));
        for (Map<String, Object> rule : wrong) {
            assertProblem(
                    http.post(
                            "investigator",
                            "/api/v1/monitoring-orders",
                            Http.json(Map.of(
                                    "authorizationId", m.authorizationId(),
                                    "subjectId", m.subjectId(),
                                    "deviceId", m.device().id().toString(),
                                    "rules", List.of(rule)))),
                    400);
        }
    }

    private static Map<String, Object> keepApart(String protectedDevice, Map<String, String> channel) {
        return Map.of(
                "type",
                "KEEP_APART",
                "protectedDeviceId",
                protectedDevice,
                "distanceMeters",
                500,
                "protectedChannel",
                channel);
    }
}
