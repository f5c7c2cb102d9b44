package org.amparo.bench.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** The load tools' HTTP client of one running Amparo: demo users by HTTP Basic, or an API token. */
public final class LoadApi {
    public static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    public static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    static final Pattern KEPT = Pattern.compile("\"kept\":(\\d+)");

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String base;

    public LoadApi(String base) {
        this.base = base;
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":amparo-demo").getBytes(StandardCharsets.UTF_8));
    }

    /** Posts JSON as a demo user; anything but 2xx fails the run. */
    public String post(String user, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", basic(user))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /**
     * One call with an API token: GET when {@code json} is null, else POST of it. Answers the
     * response whatever its status.
     */
    public HttpResponse<String> bearer(String token, String path, @Nullable String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json");
        request = json == null ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The server's base URL. */
    public String base() {
        return base;
    }

    /** An API token of a demo user, made through the API with the user's password. */
    public String token(String user, String name) throws IOException, InterruptedException {
        return find(TOKEN, post(user, "/api/v1/tokens", "{\"name\":\"" + name + "\"}"));
    }

    /** Reads a path as the demo supervisor. */
    String get(String path) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Authorization", basic("supervisor"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    /** Posts a REST batch of fixes with the API token; answers how many the server kept. */
    public int postFixes(String token, String jsonArray) throws IOException, InterruptedException {
        String answer = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/api/v1/locations"))
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(jsonArray))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher kept = KEPT.matcher(answer);
        return kept.find() ? Integer.parseInt(kept.group(1)) : 0;
    }

    public static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body);
        }
        return m.group(1);
    }
}
