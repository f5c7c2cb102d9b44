package org.amparo.bench.centre;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amparo.bench.SuppressForbidden;
import org.amparo.bench.dispatch.ProcessMeter;
import org.jspecify.annotations.Nullable;

/**
 * Watches the operations map of a running Amparo in headless Chromium while the demo simulator runs, and prints
 * what a control room would feel: event-to-screen latency (the fix's ingest time to the frame that drew it), frame
 * times, whether the page falls behind, and the server's CPU and memory. In the same run, the peer a user would
 * otherwise have: the same map polling the units' JSON every two seconds, as Amparo's map did before the live
 * stream (its latency is measured from the device's fix time, which the simulator stamps at sending).
 *
 * <p>Usage: {@code CommandCentreLoad <base-url> <server-pid> <measure-seconds> <warm-up-seconds> <units>}.
 */
@SuppressForbidden(reason = "a load tool prints its results")
public final class CommandCentreLoad {
    private static final String USER = "supervisor";
    private static final String PASSWORD = "amparo-demo";
    /** How often the page's samples are collected (the page keeps at most 5,000 of each). */
    private static final Duration WINDOW = Duration.ofSeconds(4);

    private CommandCentreLoad() {}

    public static void main(String[] args) throws InterruptedException {
        String base = args[0];
        long serverPid = Long.parseLong(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int warmUp = Integer.parseInt(args[3]);
        int units = Integer.parseInt(args[4]);
        try (Playwright playwright = Playwright.create();
                Browser browser = launch(playwright)) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                    .setViewportSize(1600, 1000)
                    .setLocale("es-EC")
                    .setBaseURL(base));
            Page map = signIn(context);
            map.navigate("/map");
            // polled from here: the page's Content-Security-Policy forbids waitForFunction's evaluated strings
            while (!Boolean.TRUE.equals(map.evaluate("() => document.body.dataset.mapReady === 'true'"))) {
                Thread.sleep(500);
            }
            waitForUnits(map, units * 9 / 10);
            System.out.printf(Locale.ROOT, "map ready: %d units shown; warming up %d s%n", unitsShown(map), warmUp);
            Thread.sleep(Duration.ofSeconds(warmUp));
            Samples live = measureLive(map, serverPid, seconds);
            map.close();
            Page peer = context.newPage();
            peer.navigate("/");
            measurePollingPeer(peer, Math.max(20, seconds / 2), live);
        }
    }

    private static Samples measureLive(Page map, long serverPid, int seconds) throws InterruptedException {
        Samples latency = new Samples();
        Samples frames = new Samples();
        List<Double> windowMedians = new ArrayList<>();
        ProcessMeter meter = ProcessMeter.start(serverPid);
        map.evaluate("() => window.amparoMap.resetStats()");
        long events0 = 0;
        long applied0 = 0;
        long resyncs0 = 0;
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long maxRss = 0;
        while (System.nanoTime() < end) {
            Thread.sleep(WINDOW);
            @SuppressWarnings("unchecked")
            Map<String, Object> stats = (Map<String, Object>) map.evaluate(
                    "() => { const s = window.amparoMap.stats(); window.amparoMap.resetStats(); return s; }");
            double[] window = numbers(stats.get("latencyMs"));
            latency.addAll(window);
            frames.addAll(numbers(stats.get("frameMs")));
            if (window.length > 0) {
                windowMedians.add(Samples.of(window).percentile(50));
            }
            events0 += number(stats.get("eventsReceived"));
            applied0 += number(stats.get("updatesApplied"));
            resyncs0 += number(stats.get("resyncs"));
            maxRss = Math.max(maxRss, ProcessMeter.rssBytes(serverPid));
        }
        ProcessMeter.Reading cpu = meter.stop();
        System.out.println();
        System.out.printf(Locale.ROOT, "live map over server-sent events, %d s measured:%n", seconds);
        System.out.printf(
                Locale.ROOT,
                "  unit updates drawn          %,d (%.0f/s) from %,d events, %d resyncs%n",
                applied0,
                applied0 / (double) seconds,
                events0,
                resyncs0);
        latency.print("event-to-screen latency     ");
        frames.print("browser frame time          ");
        System.out.printf(
                Locale.ROOT,
                "  frames over 50 ms           %.2f %%%n",
                100.0 * frames.countAbove(50) / Math.max(1, frames.size()));
        fallsBehind(windowMedians);
        System.out.printf(
                Locale.ROOT,
                "  server CPU                  %.2f cores (PostgreSQL %.2f, Chromium %.2f)%n",
                cpu.serverCores(),
                cpu.postgresCores(),
                cpu.chromiumCores());
        System.out.printf(Locale.ROOT, "  server memory (RSS, max)    %.0f MiB%n", maxRss / 1048576.0);
        return latency;
    }

    /** The page falls behind when the latency keeps growing: compare the last windows' median with the first. */
    private static void fallsBehind(List<Double> medians) {
        if (medians.size() < 4) {
            System.out.println("  falling behind?             too few windows to tell");
            return;
        }
        int quarter = medians.size() / 4;
        double first = median(medians.subList(0, quarter));
        double last = median(medians.subList(medians.size() - quarter, medians.size()));
        System.out.printf(
                Locale.ROOT,
                "  falling behind?             %s (median latency first quarter %.0f ms, last quarter %.0f ms)%n",
                last > 2 * first + 250 ? "YES" : "no",
                first,
                last);
    }

    private static void measurePollingPeer(Page page, int seconds, Samples live) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) page.evaluate("""
                async (seconds) => {
                  const seen = new Map(); const lat = []; let polls = 0; let failed = 0;
                  const end = Date.now() + seconds * 1000;
                  while (Date.now() < end) {
                    const started = Date.now();
                    try {
                      const r = await fetch('/map/units.json', {credentials: 'same-origin'});
                      const body = await r.json(); polls++;
                      const now = Date.now();
                      for (const u of body.units) {
                        const id = u.id, at = u.at;
                        if (seen.has(id) && seen.get(id) !== at) { lat.push(now - Date.parse(at)); }
                        seen.set(id, at);
                      }
                    } catch (e) { failed++; }
                    await new Promise(res => setTimeout(res, Math.max(0, 2000 - (Date.now() - started))));
                  }
                  return {latencyMs: lat, polls: polls, failed: failed};
                }""", seconds);
        Samples peer = Samples.of(numbers(result.get("latencyMs")));
        System.out.println();
        System.out.printf(
                Locale.ROOT,
                "peer: the same units polled as JSON every 2 s, %d s (%d polls, %d failed):%n",
                seconds,
                number(result.get("polls")),
                number(result.get("failed")));
        peer.print("fix-to-screen latency       ");
        if (peer.size() > 0 && live.size() > 0) {
            System.out.printf(
                    Locale.ROOT,
                    "  ratio peer / live stream    p50 %.1f×, p99 %.1f×%n",
                    peer.percentile(50) / live.percentile(50),
                    peer.percentile(99) / live.percentile(99));
        }
    }

    private static Browser launch(Playwright playwright) {
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Path.of(System.getProperty("amparo.chromium", "/usr/bin/chromium")))
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

    private static Page signIn(BrowserContext context) {
        Page page = context.newPage();
        page.navigate("/login");
        page.locator("#username").fill(USER);
        page.locator("#password").fill(PASSWORD);
        page.locator("form button[type=submit]").click();
        page.waitForSelector("#user");
        return page;
    }

    private static void waitForUnits(Page map, int wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(12).toNanos();
        while (unitsShown(map) < wanted) {
            if (System.nanoTime() > deadline) {
                System.out.printf(
                        Locale.ROOT,
                        "only %d of %d units shown after 12 minutes; measuring anyway%n",
                        unitsShown(map),
                        wanted);
                return;
            }
            Thread.sleep(2000);
        }
    }

    private static long unitsShown(Page map) {
        return number(map.evaluate("() => window.amparoMap.stats().unitsShown"));
    }

    private static long number(@Nullable Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }

    private static double median(List<Double> values) {
        double[] sorted =
                values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    private static double[] numbers(@Nullable Object value) {
        if (!(value instanceof List<?> list)) {
            return new double[0];
        }
        double[] out = new double[list.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = list.get(i) instanceof Number n ? n.doubleValue() : Double.NaN;
        }
        return Arrays.stream(out).filter(d -> !Double.isNaN(d)).toArray();
    }
}
