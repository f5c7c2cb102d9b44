package org.amparo.bench.dispatch;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dispatcher board as a signed-in dispatcher's browser fetches it: signs in through the login
 * form (session cookie and CSRF token), then times the board fragment the page reloads on every
 * coalesced live update.
 */
final class BoardProbe {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;

    private BoardProbe(HttpClient http, String base) {
        this.http = http;
        this.base = base;
    }

    /** A session of {@code user} (demo password). */
    static BoardProbe signIn(String base, String user) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String login = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher token = CSRF.matcher(login);
        if (!token.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        String form = "username=" + user + "&password=amparo-demo&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<Void> signed = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        if (signed.statusCode() != 302
                || signed.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("sign-in as " + user + " failed: " + signed.statusCode());
        }
        return new BoardProbe(http, base);
    }

    /** Fetches the board fragment once; answers its size in bytes, after checking it is the board. */
    int fetch(Latencies latencies) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> board = http.send(
                HttpRequest.newBuilder(URI.create(base + "/dispatch/board"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        latencies.add(System.nanoTime() - t0);
        if (board.statusCode() != 200) {
            throw new IllegalStateException("the board answered " + board.statusCode());
        }
        return board.body().length();
    }
}
