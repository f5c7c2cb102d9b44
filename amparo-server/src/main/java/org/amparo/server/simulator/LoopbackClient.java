package org.amparo.server.simulator;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.amparo.server.bootstrap.DemoData;
import org.amparo.server.simulator.SimCounters.Count;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The simulator's HTTP client to the server it runs in, over loopback: HTTP Basic with the demo accounts,
 * JSON in and out. Every failure (an error status or no answer) is counted and logged without bodies or
 * secrets; nothing throws to the caller. Thread-safe.
 */
final class LoopbackClient implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(LoopbackClient.class);
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** An answer: status and body ({@code status} 0 when there was none). */
    record Reply(int status, String body) {
        boolean ok() {
            return status >= 200 && status < 300;
        }

        JsonNode json() {
            return body.isEmpty() ? JSON.missingNode() : JSON.readTree(body);
        }

        String text(String field) {
            return json().path(field).asString("");
        }
    }

    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("amparo-sim-http-", 0).factory());
    private final HttpClient client = HttpClient.newBuilder()
            .executor(executor)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private final String devices;
    private final SimCounters counters;

    LoopbackClient(int serverPort, int devicePort, SimCounters counters) {
        this.base = "http://127.0.0.1:" + serverPort;
        this.devices = "http://127.0.0.1:" + devicePort;
        this.counters = counters;
    }

    /** A request to the API, signed in as demo account {@code user}. */
    HttpRequest.Builder api(String user, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT).header("Authorization", basic(user));
    }

    /** A request to the API without a login (a camera with its own token, say). */
    HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT);
    }

    /** A request to the device port. */
    HttpRequest.Builder device(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(devices + pathAndQuery)).timeout(TIMEOUT);
    }

    Reply get(String user, String path) {
        return send(api(user, path).GET(), "GET " + stripQuery(path));
    }

    Reply post(String user, String path, Object body) {
        return send(json(api(user, path), "POST", body), "POST " + stripQuery(path));
    }

    Reply put(String user, String path, Object body) {
        return send(json(api(user, path), "PUT", body), "PUT " + stripQuery(path));
    }

    /** The JSON of a 2xx answer, or empty (the failure counted). */
    Optional<JsonNode> postForJson(String user, String path, Object body) {
        Reply reply = post(user, path, body);
        return reply.ok() ? Optional.of(reply.json()) : Optional.empty();
    }

    Reply send(HttpRequest.Builder request, String what) {
        try {
            HttpResponse<String> response =
                    client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            Reply reply = new Reply(response.statusCode(), response.body());
            if (!reply.ok()) {
                failed(what, "HTTP " + reply.status() + " " + problemTitle(reply));
            }
            return reply;
        } catch (IOException e) {
            failed(what, e.getClass().getSimpleName());
            return new Reply(0, "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(0, "");
        }
    }

    /** Sends without waiting; a failure is counted and logged. */
    CompletableFuture<Reply> sendAsync(HttpRequest.Builder request, String what) {
        return client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .handle((response, error) -> {
                    if (error != null) {
                        failed(what, error.getClass().getSimpleName());
                        return new Reply(0, "");
                    }
                    Reply reply = new Reply(response.statusCode(), response.body());
                    if (!reply.ok()) {
                        failed(what, "HTTP " + reply.status() + " " + problemTitle(reply));
                    }
                    return reply;
                });
    }

    private void failed(String what, String why) {
        counters.add(Count.HTTP_ERRORS);
        LOG.warn("demo simulator: {} failed: {}", what, why);
    }

    private static HttpRequest.Builder json(HttpRequest.Builder request, String method, Object body) {
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
    }

    static String basic(String user) {
        return "Basic "
                + Base64.getEncoder().encodeToString((user + ":" + DemoData.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    static String basic(String user, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static String problemTitle(Reply reply) {
        try {
            JsonNode node = reply.json();
            String detail = node.path("detail").asString("");
            return detail.length() > 160 ? detail.substring(0, 160) : detail;
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String stripQuery(String path) {
        int q = path.indexOf('?');
        return q < 0 ? path : path.substring(0, q);
    }

    @Override
    public void close() {
        client.close();
        executor.close();
    }
}
