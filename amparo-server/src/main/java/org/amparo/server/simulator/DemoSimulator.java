package org.amparo.server.simulator;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amparo.server.config.AmparoConfig;
import org.amparo.server.config.Settings;
import org.amparo.server.config.SimulatorConfig;
import org.amparo.server.ingest.DevicePortServer;
import org.amparo.server.simulator.SimCounters.Count;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The demo simulator (demo mode with {@code amparo.demo.simulator.enabled}): once the application is ready it
 * sets the scenarios up through the API on a setup thread, and ticks once a real second on its own thread:
 * units move and report, calls arrive, colleagues handle them, the scenarios move on. Everything goes over
 * loopback to this very server. Speed and pause are changed at run time ({@link #control}); it stops with the
 * application. Thread-safe.
 */
@Component
public class DemoSimulator implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(DemoSimulator.class);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final Duration ALERT_POLL = Duration.ofSeconds(15);
    private static final Duration RATE_LOG = Duration.ofMinutes(1);
    /** Simulated local time at start: a few minutes before night, so the home detention breach comes soon. */
    static final LocalTime START_LOCAL = LocalTime.of(21, 57);

    private static final DateTimeFormatter CLOCK_FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    private final Settings settings;
    private final Clock clock;
    private final DevicePortServer devicePort;
    private final boolean active;
    private final SimCounters counters = new SimCounters();
    private final List<Scenario> ready = new CopyOnWriteArrayList<>();
    private final List<Scenario> all = new CopyOnWriteArrayList<>();
    private final Map<String, String> alertsSeen = new ConcurrentHashMap<>();
    private final SimClock simClock;
    private volatile int serverPort = -1;
    private volatile boolean running;
    private volatile @Nullable Thread ticker;
    private volatile @Nullable Thread setup;
    private volatile @Nullable Thread colleagues;
    private volatile @Nullable Fleet fleet;
    private volatile @Nullable LoopbackClient http;
    private volatile @Nullable Reporter reporter;

    public DemoSimulator(Settings settings, Clock clock, DevicePortServer devicePort) {
        this.settings = settings;
        this.clock = clock;
        this.devicePort = devicePort;
        this.active = settings.get(AmparoConfig.DEMO) && settings.get(SimulatorConfig.ENABLED);
        Instant now = clock.instant();
        Instant simStart = now.atZone(HomeDetention.ZONE)
                .toLocalDate()
                .atTime(START_LOCAL)
                .atZone(HomeDetention.ZONE)
                .toInstant();
        this.simClock = new SimClock(now, simStart, settings.get(SimulatorConfig.SPEED));
    }

    /** Whether the simulator is on: demo mode and enabled. */
    public boolean active() {
        return active;
    }

    @EventListener
    void serverStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            serverPort = event.getWebServer().getPort();
        }
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        if (!active || !running || serverPort < 0) {
            return;
        }
        int devices = devicePort.port();
        LoopbackClient client = new LoopbackClient(serverPort, devices, counters);
        http = client;
        Reporter r = new Reporter(client, counters, settings.get(AmparoConfig.MQTT_URL));
        reporter = r;
        Random random = new Random(20261126L);
        String run = Long.toString(clock.instant().getEpochSecond() % 1_000_000, 36);
        Cases cases = new Cases(client, clock);
        Fleet units = new Fleet(client, r, random, settings.get(SimulatorConfig.UNITS));
        fleet = units;
        Instant simNow = simClock.at(clock.instant());
        int extra = Math.max(0, settings.get(SimulatorConfig.MONITORED_DEVICES) - 4);
        HomeDetention home = new HomeDetention(cases, run, extra, new Random(random.nextLong()), simNow);
        ProtectionOrder protection = new ProtectionOrder(cases, run, new Random(random.nextLong()));
        FaceSearch faces = new FaceSearch(
                client,
                cases,
                counters,
                new Random(random.nextLong()),
                settings.get(SimulatorConfig.DATA_DIR),
                settings.get(SimulatorConfig.CAMERAS),
                run);
        Calls calls = new Calls(
                client,
                units,
                counters,
                new Random(random.nextLong()),
                new CallSchedule(settings.get(SimulatorConfig.CALLS_PER_HOUR), simNow, new Random(random.nextLong())),
                settings.get(SimulatorConfig.HANDLE_AFTER));
        all.addAll(List.of(home, protection, faces));
        ready.add(home);
        ticker = Thread.ofPlatform().name("amparo-demo-simulator").daemon(true).start(() -> loop(units, r));
        colleagues = Thread.ofPlatform()
                .name("amparo-demo-simulator-calls")
                .daemon(true)
                .start(() -> callLoop(calls));
        setup = Thread.ofPlatform()
                .name("amparo-demo-simulator-setup")
                .daemon(true)
                .start(() -> setUp(client, cases, units, List.of(protection, faces), home));
        LOG.warn(
                "DEMO MODE: the demo simulator runs at {}x ({} units, {} monitored devices, {} cameras, {} calls/h); "
                        + "watch and control it on /demo (supervisor)",
                simClock.speed(),
                settings.get(SimulatorConfig.UNITS),
                settings.get(SimulatorConfig.MONITORED_DEVICES),
                settings.get(SimulatorConfig.CAMERAS),
                settings.get(SimulatorConfig.CALLS_PER_HOUR));
    }

    private void setUp(LoopbackClient client, Cases cases, Fleet units, List<Scenario> scenarios, HomeDetention home) {
        try {
            importProvinces(client);
            int ended = cases.endEarlierRuns();
            if (ended > 0) {
                LOG.info("demo simulator: revoked {} case(s) an earlier run left approved", ended);
            }
            for (Scenario scenario : scenarios) {
                if (!running) {
                    return;
                }
                scenario.setUp(simClock.at(clock.instant()));
                ready.add(scenario);
            }
            units.create(simClock.at(clock.instant()));
            home.setUp(simClock.at(clock.instant()));
            LOG.info("demo simulator: set up");
        } catch (RuntimeException e) {
            counters.add(Count.HTTP_ERRORS);
            LOG.warn("demo simulator: setting up stopped: {}", e.toString());
        }
    }

    /** The provinces of Ecuador through the areas API, when none are imported yet. */
    private void importProvinces(LoopbackClient client) {
        LoopbackClient.Reply areas = client.get("admin", "/api/v1/areas?level=1");
        if (!areas.ok() || !areas.json().isEmpty()) {
            return;
        }
        Path file = settings.get(SimulatorConfig.DATA_DIR).resolve("geo/ecuador-provinces-adm1.geojson");
        if (!Files.isRegularFile(file)) {
            LOG.warn("demo simulator: {} is absent; incidents get no province", file);
            return;
        }
        try {
            JsonNode collection = LoopbackClient.JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (client.post("admin", "/api/v1/areas/import?level=1", collection).ok()) {
                LOG.info("demo simulator: provinces of Ecuador imported");
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("demo simulator: cannot import {}: {}", file, e.getMessage());
        }
    }

    /**
     * Calls, AML and the colleagues' handling on their own thread: their requests wait on the server's work
     * (proposals, audit), which must not hold up the units' movement and reports.
     */
    private void callLoop(Calls calls) {
        Instant nextAlerts = clock.instant();
        while (running) {
            try {
                Thread.sleep(TICK.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (simClock.paused()) {
                continue;
            }
            Instant real = clock.instant();
            try {
                calls.tick(simClock.at(real), real);
                if (!real.isBefore(nextAlerts)) {
                    nextAlerts = real.plus(ALERT_POLL);
                    pollAlerts();
                }
            } catch (RuntimeException e) {
                counters.add(Count.HTTP_ERRORS);
                LOG.warn("demo simulator: handling calls failed, going on: {}", e.toString());
            }
        }
    }

    private void loop(Fleet units, Reporter r) {
        Instant lastReal = clock.instant();
        Instant lastSim = simClock.at(lastReal);
        RateLog rates = new RateLog(lastReal);
        while (running) {
            try {
                Thread.sleep(Math.max(
                        1,
                        TICK.toMillis()
                                - Duration.between(lastReal, clock.instant()).toMillis()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            Instant real = clock.instant();
            Instant sim = simClock.at(real);
            if (simClock.paused()) {
                lastReal = real;
                lastSim = sim;
                continue;
            }
            Scenario.Tick tick = new Scenario.Tick(
                    sim,
                    real,
                    Duration.between(lastSim, sim).toMillis() / 1000.0,
                    Duration.between(lastReal, real).toMillis() / 1000.0);
            lastReal = real;
            lastSim = sim;
            try {
                step(tick, units, r);
            } catch (RuntimeException e) {
                counters.add(Count.HTTP_ERRORS);
                LOG.warn("demo simulator: a tick failed, going on: {}", e.toString());
            }
            rates.maybeLog(clock.instant(), counters, Duration.between(real, clock.instant()));
        }
    }

    private void step(Scenario.Tick tick, Fleet units, Reporter r) {
        units.move(tick.simSeconds(), tick.realSeconds());
        List<Reporter.Fix> batch = new ArrayList<>();
        for (Scenario scenario : ready) {
            scenario.tick(tick, r, batch);
        }
        r.batch(batch, tick.realNow());
        units.report(tick.simNow(), tick.realNow());
    }

    private void pollAlerts() {
        LoopbackClient client = http;
        if (client == null) {
            return;
        }
        LoopbackClient.Reply reply = client.get("supervisor", "/api/v1/alerts?limit=500");
        if (reply.ok()) {
            for (JsonNode alert : reply.json()) {
                alertsSeen.putIfAbsent(
                        alert.path("id").asString(""), alert.path("type").asString(""));
            }
            long seen = alertsSeen.size();
            counters.add(Count.ALERTS_SEEN, seen - counters.get(Count.ALERTS_SEEN));
        }
    }

    /** Changes speed and/or pauses; null leaves that part as it is. */
    public void control(@Nullable Double speed, @Nullable Boolean paused) {
        Instant now = clock.instant();
        if (speed != null) {
            if (!(speed >= SimulatorConfig.MIN_SPEED && speed <= SimulatorConfig.MAX_SPEED)) {
                throw new IllegalArgumentException(
                        "speed must be within " + SimulatorConfig.MIN_SPEED + ".." + SimulatorConfig.MAX_SPEED);
            }
            simClock.speed(now, speed);
        }
        if (paused != null) {
            simClock.pause(now, paused);
        }
        LOG.info("demo simulator: speed {}x{}", simClock.speed(), simClock.paused() ? ", paused" : "");
    }

    /** State and counters, as the API and the demo page show them. */
    public Map<String, Object> state() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("running", running && ticker != null);
        out.put("paused", simClock.paused());
        out.put("speed", simClock.speed());
        ZonedDateTime simulated = simClock.at(clock.instant()).atZone(HomeDetention.ZONE);
        out.put("simulatedTime", simulated.toOffsetDateTime().toString());
        // what the page shows: the local day and time of the simulation
        out.put("simulatedClock", CLOCK_FORMAT.format(simulated));
        Fleet units = fleet;
        out.put("units", units == null ? 0 : units.size());
        out.put("counters", counters.snapshot());
        Map<String, Long> byType = new TreeMap<>();
        alertsSeen.values().forEach(type -> byType.merge(type, 1L, Long::sum));
        out.put("alertsByType", byType);
        List<Map<String, Object>> scenarios = new ArrayList<>();
        for (Scenario scenario : all) {
            for (Scenario.View view : scenario.views()) {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("name", view.messageKey().substring(view.messageKey().lastIndexOf('.') + 1));
                item.put("messageKey", view.messageKey());
                item.put("running", view.running() && ready.contains(scenario));
                item.put("href", view.href());
                scenarios.add(item);
            }
        }
        out.put("scenarios", scenarios);
        return out;
    }

    @Override
    public void start() {
        running = active;
    }

    @Override
    public void stop() {
        running = false;
        for (Thread t : new Thread[] {ticker, colleagues, setup}) {
            if (t != null) {
                t.interrupt();
                try {
                    t.join(Duration.ofSeconds(5));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        ticker = null;
        colleagues = null;
        setup = null;
        Reporter r = reporter;
        if (r != null) {
            r.close();
        }
        LoopbackClient client = http;
        if (client != null) {
            client.close();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server, so that no request is cut off half-way. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    /** Logs the sustained rates once a minute. */
    private static final class RateLog {
        private Instant since;
        private long fixes;
        private long calls;
        private long frames;
        private long errors;
        private Duration slowest = Duration.ZERO;

        RateLog(Instant since) {
            this.since = since;
        }

        void maybeLog(Instant now, SimCounters counters, Duration tickTook) {
            if (tickTook.compareTo(slowest) > 0) {
                slowest = tickTook;
            }
            Duration elapsed = Duration.between(since, now);
            if (elapsed.compareTo(RATE_LOG) < 0) {
                return;
            }
            double seconds = elapsed.toMillis() / 1000.0;
            long f = counters.totalFixes();
            long c = counters.get(Count.CALLS);
            long fr = counters.get(Count.FRAMES);
            long e = counters.get(Count.HTTP_ERRORS);
            LOG.info(
                    "demo simulator: {} fixes/s, {} calls, {} frames, {} errors in the last {} s; slowest tick {} ms",
                    String.format(java.util.Locale.ROOT, "%.1f", (f - fixes) / seconds),
                    c - calls,
                    fr - frames,
                    e - errors,
                    Math.round(seconds),
                    slowest.toMillis());
            since = now;
            fixes = f;
            calls = c;
            frames = fr;
            errors = e;
            slowest = Duration.ZERO;
        }
    }
}
