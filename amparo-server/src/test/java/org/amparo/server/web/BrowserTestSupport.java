package org.amparo.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real application on a free port with the demo data set, driven by headless Chromium. Every web
 * test class extends this one, so that they share one Spring context; each class has one browser and
 * each test its own browser contexts (one per signed-in person).
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "amparo.database.url=jdbc:h2:mem:web;DB_CLOSE_DELAY=-1",
            "amparo.demo=true",
            // any free port for the device port, so that parallel test runs on one machine do not clash
            "amparo.devices.port=0",
            // Short enough for a browser test to watch an unacknowledged alert being escalated.
            "amparo.alerts.ack-timeout=PT10S",
            "amparo.geofence.tick-interval=PT2S",
            // The SMS gateway posts AML SMS with its own token, as in production.
            "amparo.aml.sms-gateway-token=" + BrowserTestSupport.SMS_GATEWAY_TOKEN
        })
abstract class BrowserTestSupport {
    static final String DEMO_PASSWORD = "amparo-demo";
    static final String SMS_GATEWAY_TOKEN = "browser-test-sms-gateway-token-0123456789";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static @Nullable Playwright playwright;
    private static @Nullable Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @BeforeAll
    static void launchBrowser() {
        Path chromium = Path.of(System.getProperty("amparo-test.chromium", "/usr/bin/chromium"));
        if (!java.nio.file.Files.isExecutable(chromium)) {
            String message = "Chromium not found at " + chromium + " (Debian package chromium); browser tests need it";
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            org.junit.jupiter.api.Assumptions.abort(message + "; skipping");
        }
        Playwright created = Playwright.create();
        playwright = created;
        browser = created.chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(chromium)
                        .setHeadless(true)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** A fresh browser context: its own cookies, so its own session. Close it after use. */
    BrowserContext newContext() {
        if (browser == null) {
            throw new IllegalStateException("the browser is not running");
        }
        return browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(1400, 900)
                .setLocale("en-US")
                .setBaseURL(base()));
    }

    /** Signs in through the login page and returns the page the user lands on. */
    Page signIn(BrowserContext context, String username, String password) {
        Page page = context.newPage();
        page.navigate("/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in"))
                .click();
        assertThat(page.locator("#user")).hasText(username);
        return page;
    }

    /**
     * Runs an action that posts a form of the alert queue and waits for the queue it redirects to, which has the
     * same URL as the page it was posted from.
     */
    static void backToQueue(Page page, Runnable action) {
        page.waitForResponse(r -> "GET".equals(r.request().method()) && r.url().matches(".*/alerts(\\?.*)?$"), action);
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(Path.of("target", "screenshots", name + ".png"))
                .setFullPage(true));
    }

    /** A JSON API call with HTTP Basic, as another client of the running server would make it. */
    record ApiReply(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    ApiReply apiPost(String username, String password, String path, Object body) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Basic " + credentials)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        return send(request);
    }

    /** A JSON API read with HTTP Basic. */
    ApiReply apiGet(String username, String password, String path) {
        String credentials =
                Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Authorization", "Basic " + credentials)
                .GET()
                .build());
    }

    /** A text body, as the SMS gateway posts an AML SMS with its token. */
    ApiReply gatewayPost(String path, String text) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("X-Amparo-Gateway-Token", SMS_GATEWAY_TOKEN)
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .build());
    }

    ApiReply get(String path, String acceptLanguage) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Accept-Language", acceptLanguage)
                .GET()
                .build());
    }

    private static ApiReply send(HttpRequest request) {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiReply(response.statusCode(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("request failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
