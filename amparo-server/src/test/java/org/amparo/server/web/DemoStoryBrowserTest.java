package org.amparo.server.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo as a newcomer meets it: the simulator drives the real ingest (units, a protection order, home
 * detention, calls with AML, camera frames) and people work it in the browser. The keep-apart alert appears live
 * in the operator's queue and is acknowledged; the missing person's face match is confirmed by two operators; a
 * simulated call is dispatched and closed by the dispatcher. Screenshots of the main pages land in
 * {@code target/screenshots/story-*.png}. Its own application context (the simulator on, its own database),
 * closed after the class so that the simulator does not run under the other tests.
 */
@TestPropertySource(
        properties = {
            "amparo.database.url=jdbc:h2:mem:demo-story;DB_CLOSE_DELAY=-1",
            "amparo.demo.simulator.enabled=true",
            "amparo.demo.simulator.speed=20",
            "amparo.demo.simulator.units=24",
            "amparo.demo.simulator.monitored-devices=4",
            "amparo.demo.simulator.cameras=2",
            "amparo.demo.simulator.calls-per-hour=120",
            // the simulated colleagues leave every incident to the test's dispatcher
            "amparo.demo.simulator.handle-after=PT10H"
        })
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DemoStoryBrowserTest extends BrowserTestSupport {
    private static final Path SHARED = Path.of(System.getProperty("amparo-test.shared-data", "../../shared/data"));
    /** A deadline for what the simulator brings about, not a timing assertion. */
    private static final double PATIENCE_MS = Duration.ofMinutes(4).toMillis();

    @DynamicPropertySource
    static void demoData(DynamicPropertyRegistry registry) {
        registry.add("amparo.demo.data-dir", SHARED::toString);
        registry.add("amparo.data-dir", () -> "target/test-data/demo-story");
    }

    @Test
    void everyCapabilityWorksLiveInTheDemo() {
        theSupervisorWatchesTheMap();
        theKeepApartAlertIsAcknowledged();
        if (Files.isRegularFile(SHARED.resolve("faces/manifest.csv"))) {
            theMissingPersonIsConfirmedByTwoOperators();
        } else {
            requireSharedDataOutsideCi();
        }
        aSimulatedCallIsDispatchedAndClosed();
        theOversightPagesShowTheDay();
        theSupervisorPausesAndSlowsTheSimulator();
    }

    private void theSupervisorWatchesTheMap() {
        try (BrowserContext context = newContext()) {
            Page page = signIn(context, "supervisor", DEMO_PASSWORD);
            screenshot(page, "story-01-supervisor-home");
            page.navigate("/map");
            assertThat(page.locator("body[data-map-ready=true]")).hasCount(1);
            // polled from here: the page's Content-Security-Policy forbids the evaluated strings of waitForFunction
            long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
            while (!unitsMoving(page)) {
                assertThat(System.nanoTime()).as("units moving on the map").isLessThan(deadline);
                page.waitForTimeout(500);
            }
            screenshot(page, "story-02-map");
            page.navigate("/demo");
            screenshot(page, "story-03-simulator");
        }
    }

    private void theKeepApartAlertIsAcknowledged() {
        try (BrowserContext context = newContext()) {
            Page queue = signIn(context, "operator", DEMO_PASSWORD);
            assertThat(queue).hasURL(base() + "/alerts");
            Locator keepApart = queue.locator("#alerts tr[data-kind=alert][data-type=KEEP_APART_BREACH]")
                    .first();
            assertThat(keepApart).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(PATIENCE_MS));
            screenshot(queue, "story-04-alert-queue");
            String key = keepApart.getAttribute("data-key");
            Locator row = queue.locator("#alerts tr[data-key='" + key + "']");
            row.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Acknowledge"))
                    .click();
            assertThat(queue.locator("#notice")).hasText("Alert acknowledged.");
            assertThat(row).hasAttribute("data-status", "ACKNOWLEDGED");
        }
    }

    private void theMissingPersonIsConfirmedByTwoOperators() {
        try (BrowserContext first = newContext();
                BrowserContext second = newContext()) {
            Page one = signIn(first, "operator", DEMO_PASSWORD);
            Locator match = one.locator("#alerts tr[data-kind=face-match][data-status=PENDING_CONFIRMATION]")
                    .first();
            assertThat(match).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(PATIENCE_MS));
            String key = match.getAttribute("data-key");
            one.locator("#alerts tr[data-key='" + key + "'] button.confirm-match")
                    .click();
            assertThat(one.locator("#notice")).hasText("Your confirmation is recorded; a second person must confirm.");

            Page two = signIn(second, "operator2", DEMO_PASSWORD);
            two.locator("#alerts tr[data-key='" + key + "'] button.confirm-match")
                    .click();
            assertThat(two.locator("#notice")).hasText("Match confirmed by two people.");
            two.navigate("/face-matches");
            screenshot(two, "story-05-face-matches");
        }
    }

    private void aSimulatedCallIsDispatchedAndClosed() {
        try (BrowserContext context = newContext()) {
            Page board = signIn(context, "dispatcher", DEMO_PASSWORD);
            assertThat(board).hasURL(base() + "/dispatch");
            Locator open = board.locator("#board-incidents tr.incident-row:has(.incident-OPEN)")
                    .first();
            assertThat(open).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(PATIENCE_MS));
            screenshot(board, "story-06-dispatch-board");
            String id = open.getAttribute("data-id");
            Page page = context.newPage();
            page.navigate("/incidents/" + id);
            assertThat(page.locator("#justify")).isVisible();
            Locator handling = page.getByLabel("Handling this emergency");
            if (handling.count() > 0) {
                handling.check();
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the incident"))
                    .click();
            assertThat(page).hasURL(base() + "/incidents/" + id);
            Locator proposal = page.locator("#proposals tr.proposal").first();
            assertThat(proposal).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(PATIENCE_MS));
            String callSign =
                    proposal.locator("td strong").first().textContent().strip();
            proposal.getByRole(AriaRole.BUTTON).first().click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm dispatch"))
                    .click();
            assertThat(page.locator("#notice")).hasText("Unit dispatched.");
            screenshot(page, "story-07-incident");
            for (String step : new String[] {"en route", "on scene"}) {
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(callSign + " " + step))
                        .click();
                assertThat(page.locator("#notice")).hasText("Unit status changed.");
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close incident"))
                    .click();
            assertThat(page.locator("#incident-status")).hasText("CLOSED");
            assertThat(page.locator("#timeline")).containsText("CLOSED");
        }
    }

    private void theOversightPagesShowTheDay() {
        try (BrowserContext context = newContext()) {
            Page approver = signIn(context, "approver", DEMO_PASSWORD);
            screenshot(approver, "story-08-approver-home");
        }
        try (BrowserContext context = newContext()) {
            Page auditor = signIn(context, "auditor", DEMO_PASSWORD);
            assertThat(auditor.locator("main")).containsText("intact");
            screenshot(auditor, "story-09-auditor-home");
            auditor.navigate("/stats");
            screenshot(auditor, "story-10-statistics");
        }
    }

    /** The simulator page's buttons: paused, simulated time stands still; resumed at another speed, it runs on. */
    private void theSupervisorPausesAndSlowsTheSimulator() {
        try (BrowserContext context = newContext()) {
            Page page = signIn(context, "supervisor", DEMO_PASSWORD);
            page.navigate("/demo");
            assertThat(page.locator("#demo-paused")).hasText("running");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pause"))
                    .click();
            assertThat(page.locator("#demo-paused")).hasText("paused");
            String stopped = simulatedClock(page);
            page.waitForTimeout(4_000); // at 20× a simulated minute is 3 s: a running clock would have moved
            assertThat(simulatedClock(page)).as("simulated time while paused").isEqualTo(stopped);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("10.0×"))
                    .click();
            assertThat(page.locator("#demo-speed")).hasText("10.0×");
            assertThat(page.locator("#demo-paused")).hasText("paused");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume"))
                    .click();
            assertThat(page.locator("#demo-paused")).hasText("running");
            long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
            while (simulatedClock(page).equals(stopped)) {
                assertThat(System.nanoTime()).as("simulated time runs on").isLessThan(deadline);
                page.waitForTimeout(500);
            }
            screenshot(page, "story-11-simulator-controls");
        }
    }

    /** The simulator's clock as the server reports it now (the page refreshes it only every two seconds). */
    private static String simulatedClock(Page page) {
        Object shown = page.evaluate("async () => (await (await fetch('/demo/state.json')).json()).simulatedClock");
        return String.valueOf(shown);
    }

    private static boolean unitsMoving(Page page) {
        Object moving = page.evaluate(
                "() => window.amparoMap.stats().unitsShown >= 20 && window.amparoMap.stats().updatesApplied > 20");
        return Boolean.TRUE.equals(moving);
    }

    private static void requireSharedDataOutsideCi() {
        assertThat(System.getenv("CI"))
                .as("../shared/data/faces is required under CI=true for the face part of the demo story")
                .isNotEqualTo("true");
    }
}
