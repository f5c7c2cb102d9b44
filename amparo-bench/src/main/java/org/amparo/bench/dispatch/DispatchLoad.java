package org.amparo.bench.dispatch;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.bench.SuppressForbidden;
import org.amparo.bench.ingest.LoadApi;

/**
 * A day of ECU 911 scale through the real API of a running Amparo (demo mode, PostgreSQL): units
 * with agency devices report every 5 s through the location ingest while emergencies arrive with a
 * daily profile (9,400 a day, peaks 5x the mean) compressed by {@code speedup}; each is created
 * from a call, its proposals read, the first proposed unit dispatched, moved en route and on
 * scene, the incident closed and the unit freed. Prints incident-creation, proposal and dispatch
 * latency percentiles, and the CPU the server and PostgreSQL used. Arguments:
 * {@code baseUrl serverPid seconds speedup units startHour [provincesGeoJson]}: the replay starts at
 * {@code startHour} of the day and covers {@code seconds * speedup} seconds of it.
 */
@SuppressForbidden(reason = "a load tool prints its results and reads the wall clock")
public final class DispatchLoad {
    static final double INCIDENTS_PER_DAY = 9_400;
    static final double PEAK_TO_MEAN = 5;
    /** Incidents left open for the board measurement, as the responsiveness target says. */
    static final int BOARD_OPEN_INCIDENTS = 500;
    /** Seconds the units keep reporting after the replay, while the board is measured. */
    static final int BOARD_WINDOW_SECONDS = 90;

    private static final String[] TYPES = {"POLICE", "MEDICAL", "FIRE", "TRAFFIC", "RESCUE"};
    private static final double[][] CITIES = {{-0.1807, -78.4678}, {-2.1709, -79.9224}, {-2.9001, -79.0059}};

    /** A unit: its id, its device's identifier and where it is. */
    record Unit(String id, String device, double lat, double lon) {}

    private final LoadApi api;
    private final String dispatcher;
    private final Latencies create = new Latencies();
    private final Latencies propose = new Latencies();
    private final Latencies dispatch = new Latencies();
    private final AtomicInteger noUnit = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger closed = new AtomicInteger();

    private final double startHour;
    private final int unitCount;

    private DispatchLoad(LoadApi api, String dispatcher, double startHour, int unitCount) {
        this.api = api;
        this.dispatcher = dispatcher;
        this.startHour = startHour;
        this.unitCount = unitCount;
    }

    public static void main(String[] args) throws Exception {
        LoadApi api = new LoadApi(args[0]);
        long serverPid = Long.parseLong(args[1]);
        int seconds = Integer.parseInt(args[2]);
        double speedup = Double.parseDouble(args[3]);
        int unitCount = Integer.parseInt(args[4]);
        double startHour = Double.parseDouble(args[5]);
        if (args.length > 6 && Files.isRegularFile(Path.of(args[6]))) {
            api.post("admin", "/api/v1/areas/import?level=1", Files.readString(Path.of(args[6])));
        }
        List<Unit> units = UnitFleet.create(api, unitCount);
        String dispatcher = api.token("dispatcher", "dispatch-load");
        UnitFleet fleet = new UnitFleet(api, dispatcher, units);
        fleet.reportAll(0);
        System.out.printf(Locale.ROOT, "set up %d units with agency devices%n", units.size());
        new DispatchLoad(api, dispatcher, startHour, units.size()).run(fleet, serverPid, seconds, speedup);
    }

    private void run(UnitFleet fleet, long serverPid, int seconds, double speedup) throws Exception {
        DiurnalRate rate = new DiurnalRate(INCIDENTS_PER_DAY, PEAK_TO_MEAN);
        double serverBefore = CpuMeter.seconds(serverPid);
        double pgBefore = CpuMeter.postgresSeconds();
        long start = System.nanoTime();
        Thread reporter = Thread.ofPlatform()
                .name("dispatch-load-units")
                .start(() -> fleet.reportEvery(
                        Duration.ofSeconds(1),
                        start
                                + Duration.ofSeconds(seconds + BOARD_WINDOW_SECONDS)
                                        .toNanos()));
        ExecutorService calls = Executors.newFixedThreadPool(16, r -> new Thread(r, "dispatch-load-call"));
        List<Future<?>> flows = arrivals(rate, speedup, seconds, start, calls);
        for (Future<?> flow : flows) {
            flow.get(60, TimeUnit.SECONDS);
        }
        double wall = (System.nanoTime() - start) / 1e9;
        double server = CpuMeter.seconds(serverPid) - serverBefore;
        double pg = CpuMeter.postgresSeconds() - pgBefore;
        print(rate, speedup, flows.size(), wall, server, pg, fleet);
        board(calls);
        calls.shutdown();
        reporter.join();
    }

    /**
     * The board under the load: {@value #BOARD_OPEN_INCIDENTS} incidents left open while all
     * units keep reporting, and the board fragment a dispatcher's page reloads timed 30 times.
     */
    private void board(ExecutorService calls) throws Exception {
        SplittableRandom random = new SplittableRandom(7);
        List<Future<?>> opened = new ArrayList<>();
        for (int i = 0; i < BOARD_OPEN_INCIDENTS; i++) {
            long seed = random.nextLong();
            opened.add(calls.submit(() -> {
                api.bearer(dispatcher, "/api/v1/incidents", incidentBody(new SplittableRandom(seed)));
                return null;
            }));
        }
        for (Future<?> f : opened) {
            f.get(60, TimeUnit.SECONDS);
        }
        BoardProbe probe = BoardProbe.signIn(api.base(), "dispatcher");
        Latencies board = new Latencies();
        int bytes = 0;
        for (int i = 0; i < 30; i++) {
            bytes = probe.fetch(board);
        }
        System.out.printf(
                Locale.ROOT,
                "%nDispatcher board with %d more incidents left open and %d units reporting (fragment %d KB):%n",
                BOARD_OPEN_INCIDENTS,
                unitCount,
                bytes / 1024);
        board.print("board fragment (GET /dispatch/board)");
    }

    /** Submits one flow per emergency as it arrives (thinned Poisson over the daily profile). */
    private List<Future<?>> arrivals(DiurnalRate rate, double speedup, int seconds, long start, ExecutorService calls)
            throws InterruptedException {
        SplittableRandom random = new SplittableRandom(20261127L);
        double peak = rate.peakPerSecond() * speedup;
        List<Future<?>> flows = new ArrayList<>();
        double t = 0;
        while (true) {
            t += -Math.log(1 - random.nextDouble()) / peak;
            if (t >= seconds) {
                return flows;
            }
            double hour = (startHour + t * speedup / 3600) % 24;
            if (random.nextDouble() * peak > rate.perSecond(hour) * speedup) {
                continue;
            }
            long due = start + (long) (t * 1e9);
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long seed = random.nextLong();
            flows.add(calls.submit(() -> flow(new SplittableRandom(seed))));
        }
    }

    private void flow(SplittableRandom random) {
        try {
            long t0 = System.nanoTime();
            HttpResponse<String> created = api.bearer(dispatcher, "/api/v1/incidents", incidentBody(random));
            create.add(System.nanoTime() - t0);
            if (created.statusCode() != 201) {
                failed.incrementAndGet();
                return;
            }
            String incident = LoadApi.find(LoadApi.ID, created.body());
            String unit = dispatchFirstFree(incident);
            if (unit == null) {
                noUnit.incrementAndGet();
                api.bearer(dispatcher, "/api/v1/incidents/" + incident + "/status", "{\"status\":\"CLOSED\"}");
                return;
            }
            for (String status : List.of("EN_ROUTE", "ON_SCENE")) {
                api.bearer(dispatcher, "/api/v1/units/" + unit + "/status", "{\"status\":\"" + status + "\"}");
            }
            api.bearer(dispatcher, "/api/v1/incidents/" + incident + "/status", "{\"status\":\"CLOSED\"}");
            api.bearer(dispatcher, "/api/v1/units/" + unit + "/status", "{\"status\":\"AVAILABLE\"}");
            closed.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            failed.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String incidentBody(SplittableRandom random) {
        double[] city = CITIES[random.nextInt(CITIES.length)];
        double lat = city[0] + (random.nextDouble() - 0.5) * 0.1;
        double lon = city[1] + (random.nextDouble() - 0.5) * 0.1;
        return "{\"callerNumber\":\"+5939" + (10_000_000 + random.nextInt(89_999_999)) + "\",\"type\":\""
                + TYPES[random.nextInt(TYPES.length)] + "\",\"priority\":" + (1 + random.nextInt(3))
                + ",\"description\":\"Load test call\",\"location\":{\"lat\":" + lat + ",\"lon\":" + lon + "}}";
    }

    /** Reads the proposals and dispatches the first unit still free; null when none could be. */
    private @org.jspecify.annotations.Nullable String dispatchFirstFree(String incident)
            throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        HttpResponse<String> proposals = api.bearer(dispatcher, "/api/v1/incidents/" + incident + "/proposals", null);
        propose.add(System.nanoTime() - t0);
        java.util.regex.Matcher unit =
                java.util.regex.Pattern.compile("\"unitId\":\"([^\"]+)\"").matcher(proposals.body());
        for (int tries = 0; tries < 3 && unit.find(); tries++) {
            long d0 = System.nanoTime();
            HttpResponse<String> sent = api.bearer(
                    dispatcher,
                    "/api/v1/incidents/" + incident + "/dispatch",
                    "{\"unitId\":\"" + unit.group(1) + "\"}");
            dispatch.add(System.nanoTime() - d0);
            if (sent.statusCode() / 100 == 2) {
                return unit.group(1);
            }
        }
        return null;
    }

    private void print(
            DiurnalRate rate, double speedup, int incidents, double wall, double server, double pg, UnitFleet fleet) {
        System.out.printf(
                Locale.ROOT,
                "%nDispatch load: %d incidents in %.0f s, day time %05.2f h to %05.2f h of a day of %.0f compressed"
                        + " %.0fx (mean %.2f/s, peak %.2f/s), %d units reporting every 5 s (%d fixes kept)%n",
                incidents,
                wall,
                startHour,
                (startHour + wall * speedup / 3600) % 24,
                INCIDENTS_PER_DAY,
                speedup,
                INCIDENTS_PER_DAY / 86_400 * speedup,
                rate.peakPerSecond() * speedup,
                fleet.size(),
                fleet.kept());
        System.out.printf(
                Locale.ROOT, "  closed %d, no unit free %d, failed %d%n", closed.get(), noUnit.get(), failed.get());
        create.print("incident creation (POST /api/v1/incidents)");
        propose.print("dispatch proposal (GET .../proposals)");
        dispatch.print("dispatch (POST .../dispatch)");
        System.out.printf(
                Locale.ROOT,
                "  CPU: server %.2f cores, PostgreSQL %.2f cores (of 2), over %.0f s%n",
                server / wall,
                pg / wall,
                wall);
        System.out.println("  (run at " + Instant.now(Clock.systemUTC()) + ")");
    }
}
