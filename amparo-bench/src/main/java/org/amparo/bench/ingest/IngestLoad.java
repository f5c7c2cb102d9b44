package org.amparo.bench.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.amparo.bench.SuppressForbidden;

/**
 * Drives a running Amparo (demo mode, PostgreSQL) end to end: registers devices bound to subjects
 * under approved monitoring authorizations through the API, then posts fixes for a fixed time,
 * (a) as REST batches with an API token and (b) as single OsmAnd requests on the device port. Each
 * kept fix passed the device, binding and policy checks and was committed with its audit entry
 * before the answer. Prints fixes/s and request latency percentiles, then the peer: the same fixes
 * inserted into a plain PostgreSQL table by JDBC batches, with the ratio. Arguments:
 * {@code baseUrl devicePortUrl pgSchema seconds threads devices}.
 */
@SuppressForbidden(reason = "a load tool prints its results and reads the wall clock")
public final class IngestLoad {
    private final LoadApi api;

    private IngestLoad(LoadApi api) {
        this.api = api;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String devicePort = args[1];
        String schema = args[2];
        int seconds = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        int deviceCount = Integer.parseInt(args[5]);
        double offeredRate = args.length > 6 ? Double.parseDouble(args[6]) : 20_000;
        LoadApi api = new LoadApi(base);
        IngestLoad load = new IngestLoad(api);
        List<Dev> devices = load.setUp(deviceCount);
        Instant start = Instant.now(Clock.systemUTC()).plusSeconds(1);
        String token = LoadApi.find(LoadApi.TOKEN, api.post("supervisor", "/api/v1/tokens", "{\"name\":\"load\"}"));
        System.out.printf(Locale.ROOT, "set up %d bound devices%n", devices.size());
        Request rest = random -> api.postFixes(token, batch(devices, random, start));
        load.run("warm-up (JIT), not counted", WARM_UP_SECONDS, threads, rest);
        Result batch = load.run("REST batch (500 fixes/request)", seconds, threads, rest);
        Result single = load.run("OsmAnd (1 fix/request)", seconds, threads * TRACKERS_PER_THREAD, random -> {
            Dev d = devices.get(random.nextInt(devices.size()));
            int k = d.seq().incrementAndGet();
            String query = "?id=" + d.identifier() + "&lat=" + (d.lat() + k * 1e-6) + "&lon=" + d.lon() + "&timestamp="
                    + start.plusMillis(SPACING_MILLIS * k).toEpochMilli() + "&token=" + d.token();
            return load.send(
                    HttpRequest.newBuilder(URI.create(devicePort + "/" + query)).GET(), 1);
        });
        System.out.println("dropped (device, reason): " + api.get("/api/v1/devices/drops"));
        double peer = peer(schema, seconds, threads);
        System.out.printf(Locale.ROOT, "%nEnd to end vs peer (plain JDBC batch insert into one table, same run):%n");
        System.out.printf(
                Locale.ROOT,
                "  %-32s %10.0f fixes/s  ratio %.3f%n",
                batch.name(),
                batch.fixesPerSecond(),
                batch.fixesPerSecond() / peer);
        System.out.printf(
                Locale.ROOT,
                "  %-32s %10.0f fixes/s  ratio %.3f  (%d concurrent requests)%n",
                single.name(),
                single.fixesPerSecond(),
                single.fixesPerSecond() / peer,
                threads * TRACKERS_PER_THREAD);
        System.out.printf(Locale.ROOT, "  %-32s %10.0f rows/s%n", "peer: plain insert", peer);

        List<Dev> fresh = load.setUp(deviceCount);
        List<AlertLatency.Probe> probes = AlertLatency.probes(api, load.setUp(AlertLatency.PROBES));
        Instant latencyStart = Instant.now(Clock.systemUTC()).plusSeconds(1);
        new AlertLatency(api, token, probes)
                .run(seconds, threads, offeredRate, random -> batch(fresh, random, latencyStart));
        System.out.println("dropped (device, reason): " + api.get("/api/v1/devices/drops"));
    }

    /** Seconds of REST load before the measured phases, so that they measure compiled code. */
    static final int WARM_UP_SECONDS = 8;

    /**
     * Concurrent OsmAnd requests per client thread of the REST phase: trackers send one fix per
     * request, each from its own connection, so many wait on the same group commit.
     */
    static final int TRACKERS_PER_THREAD = 8;

    /** Fixes of one device are {@value #SPACING_MILLIS} ms apart in device time, 0.11 m apart in space. */
    static final long SPACING_MILLIS = 5;

    /** A REST batch of 500 fixes of random devices, each the next fix of its device. */
    static String batch(List<Dev> devices, Random random, Instant start) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < 500; i++) {
            Dev d = devices.get(random.nextInt(devices.size()));
            int k = d.seq().incrementAndGet();
            body.append(i == 0 ? "" : ",")
                    .append("{\"deviceId\":\"")
                    .append(d.identifier())
                    .append("\",\"lat\":")
                    .append(d.lat() + k * 1e-6)
                    .append(",\"lon\":")
                    .append(d.lon())
                    .append(",\"at\":\"")
                    .append(start.plusMillis(SPACING_MILLIS * k))
                    .append("\"}");
        }
        return body.append(']').toString();
    }

    private record Result(String name, double fixesPerSecond) {}

    /** A bound device, its secret, its home, its fix counter, and whom and what it is bound under. */
    record Dev(
            String identifier,
            String token,
            double lat,
            double lon,
            AtomicInteger seq,
            String deviceId,
            String subjectId,
            String authorizationId) {}

    /** One request of a load thread; answers the fixes the server kept. */
    @FunctionalInterface
    interface Request {
        int send(Random random) throws IOException, InterruptedException;
    }

    private Result run(String name, int seconds, int threads, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "load-" + name.hashCode()));
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int seed = t;
            futures.add(pool.submit(() -> {
                Random random = new Random(seed);
                long fixes = 0;
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long start = System.nanoTime();
                    fixes += request.send(random);
                    latencies.add(System.nanoTime() - start);
                }
                long[] out = new long[latencies.size() + 1];
                out[0] = fixes;
                for (int i = 0; i < latencies.size(); i++) {
                    out[i + 1] = latencies.get(i);
                }
                return out;
            }));
        }
        long fixes = 0;
        List<Long> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            long[] r = f.get();
            fixes += r[0];
            for (int i = 1; i < r.length; i++) {
                all.add(r[i]);
            }
        }
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        double rate = fixes / (double) seconds;
        System.out.printf(
                Locale.ROOT,
                "%-32s %10.0f fixes/s  %7d requests  p50 %6.1f ms  p99 %6.1f ms%n",
                name,
                rate,
                sorted.length,
                percentile(sorted, 50),
                percentile(sorted, 99));
        return new Result(name, rate);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }

    private static double peer(String schema, int seconds, int threads) throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema;
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE IF NOT EXISTS peer_fixes (device VARCHAR(100), at TIMESTAMPTZ, lat DOUBLE PRECISION,"
                            + " lon DOUBLE PRECISION)");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, "peer"));
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Future<Long>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                long rows = 0;
                Random random = new Random();
                try (Connection c = DriverManager.getConnection(url, "postgres", "");
                        PreparedStatement ps = c.prepareStatement("INSERT INTO peer_fixes VALUES (?,?,?,?)")) {
                    c.setAutoCommit(false);
                    while (System.nanoTime() < end) {
                        for (int i = 0; i < 500; i++) {
                            ps.setString(1, "device-" + random.nextInt(1000));
                            ps.setTimestamp(2, Timestamp.from(Instant.now(Clock.systemUTC())));
                            ps.setDouble(3, -2.9 + random.nextDouble() * 0.01);
                            ps.setDouble(4, -79.0 + random.nextDouble() * 0.01);
                            ps.addBatch();
                        }
                        ps.executeBatch();
                        c.commit();
                        rows += 500;
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
                return rows;
            }));
        }
        long rows = 0;
        for (Future<Long> f : futures) {
            rows += f.get();
        }
        pool.shutdown();
        return rows / (double) seconds;
    }

    private List<Dev> setUp(int count) throws IOException, InterruptedException {
        List<Dev> devices = new ArrayList<>();
        String suffix = Long.toString(System.nanoTime(), 36);
        for (int i = 0; i < count; i++) {
            String subject = LoadApi.find(
                    LoadApi.ID,
                    api.post(
                            "investigator",
                            "/api/v1/subjects",
                            "{\"name\":\"Load Subject " + i + "\",\"category\":\"CONVICTED\"}"));
            Instant now = Instant.now(Clock.systemUTC());
            String authorization = LoadApi.find(
                    LoadApi.ID,
                    api.post(
                            "investigator",
                            "/api/v1/authorizations",
                            "{\"subjectId\":\"" + subject
                                    + "\",\"purpose\":\"ELECTRONIC_MONITORING_ORDER\",\"dataKinds\":[\"LOCATION\"],"
                                    + "\"issuingAuthority\":\"Load test court\",\"legalBasis\":\"load\",\"reference\":\"L-"
                                    + i + "\","
                                    + "\"notBefore\":\"" + now.minus(Duration.ofDays(1)) + "\",\"expiresAt\":\""
                                    + now.plus(Duration.ofDays(1)) + "\"}"));
            api.post(
                    "approver",
                    "/api/v1/authorizations/" + authorization + "/decision",
                    "{\"decision\":\"APPROVE\",\"reason\":\"load test\"}");
            String identifier = "load-" + suffix + "-" + i;
            String registered = api.post(
                    "investigator", "/api/v1/devices", "{\"identifier\":\"" + identifier + "\",\"kind\":\"TRACKER\"}");
            String device = LoadApi.find(LoadApi.ID, registered);
            api.post(
                    "investigator",
                    "/api/v1/devices/" + device + "/binding",
                    "{\"subjectId\":\"" + subject + "\",\"authorizationId\":\"" + authorization + "\"}");
            devices.add(new Dev(
                    identifier,
                    LoadApi.find(LoadApi.TOKEN, registered),
                    -2.95 + i * 1e-4,
                    -79.0,
                    new AtomicInteger(),
                    device,
                    subject,
                    authorization));
        }
        // The pipeline checks the binding at each fix's time: fixes are stamped after this moment,
        // SPACING_MILLIS apart per device, so that they are neither future nor impossibly fast.
        return devices;
    }

    private int send(HttpRequest.Builder request, int fixes) throws IOException, InterruptedException {
        HttpResponse<String> response = api.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? fixes : 0;
    }
}
