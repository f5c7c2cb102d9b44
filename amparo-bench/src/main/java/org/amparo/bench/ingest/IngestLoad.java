package org.amparo.bench.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern ID = Pattern.compile("\"id\":\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    private IngestLoad(String base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String devicePort = args[1];
        String schema = args[2];
        int seconds = Integer.parseInt(args[3]);
        int threads = Integer.parseInt(args[4]);
        int deviceCount = Integer.parseInt(args[5]);
        IngestLoad load = new IngestLoad(base);
        List<Dev> devices = load.setUp(deviceCount);
        Instant start = Instant.now(Clock.systemUTC()).plusSeconds(1);
        String token = find(TOKEN, load.post("supervisor", "/api/v1/tokens", "{\"name\":\"load\"}"));
        System.out.printf(Locale.ROOT, "set up %d bound devices%n", devices.size());
        Result batch = load.run("REST batch (500 fixes/request)", seconds, threads, (random, counter) -> {
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
                        .append(start.plusMillis(50L * k))
                        .append("\"}");
            }
            String answer = load.answer(HttpRequest.newBuilder(URI.create(base + "/api/v1/locations"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString())));
            Matcher kept = KEPT.matcher(answer);
            return kept.find() ? Integer.parseInt(kept.group(1)) : 0;
        });
        Result single = load.run("OsmAnd (1 fix/request)", seconds, threads, (random, counter) -> {
            Dev d = devices.get(random.nextInt(devices.size()));
            int k = d.seq().incrementAndGet();
            String query = "?id=" + d.identifier() + "&lat=" + (d.lat() + k * 1e-6) + "&lon=" + d.lon() + "&timestamp="
                    + start.plusMillis(50L * k).toEpochMilli() + "&token=" + d.token();
            return load.send(
                    HttpRequest.newBuilder(URI.create(devicePort + "/" + query)).GET(), 1);
        });
        System.out.println("dropped (device, reason): " + load.get("/api/v1/devices/drops"));
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
                "  %-32s %10.0f fixes/s  ratio %.3f%n",
                single.name(),
                single.fixesPerSecond(),
                single.fixesPerSecond() / peer);
        System.out.printf(Locale.ROOT, "  %-32s %10.0f rows/s%n", "peer: plain insert", peer);
    }

    private record Result(String name, double fixesPerSecond) {}

    /** A bound device, its secret, its home and its fix counter. */
    private record Dev(String identifier, String token, double lat, double lon, AtomicInteger seq) {}

    private static final Pattern KEPT = Pattern.compile("\"kept\":(\\d+)");

    @FunctionalInterface
    private interface Request {
        int send(Random random, AtomicInteger counter) throws IOException, InterruptedException;
    }

    private Result run(String name, int seconds, int threads, Request request) throws Exception {
        AtomicInteger counter = new AtomicInteger();
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
                    fixes += request.send(random, counter);
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
            String subject = find(
                    ID,
                    post(
                            "investigator",
                            "/api/v1/subjects",
                            "{\"name\":\"Load Subject " + i + "\",\"category\":\"CONVICTED\"}"));
            Instant now = Instant.now(Clock.systemUTC());
            String authorization = find(
                    ID,
                    post(
                            "investigator",
                            "/api/v1/authorizations",
                            "{\"subjectId\":\"" + subject
                                    + "\",\"purpose\":\"ELECTRONIC_MONITORING_ORDER\",\"dataKinds\":[\"LOCATION\"],"
                                    + "\"issuingAuthority\":\"Load test court\",\"legalBasis\":\"load\",\"reference\":\"L-"
                                    + i + "\","
                                    + "\"notBefore\":\"" + now.minus(Duration.ofDays(1)) + "\",\"expiresAt\":\""
                                    + now.plus(Duration.ofDays(1)) + "\"}"));
            post(
                    "approver",
                    "/api/v1/authorizations/" + authorization + "/decision",
                    "{\"decision\":\"APPROVE\",\"reason\":\"load test\"}");
            String identifier = "load-" + suffix + "-" + i;
            String registered = post(
                    "investigator", "/api/v1/devices", "{\"identifier\":\"" + identifier + "\",\"kind\":\"TRACKER\"}");
            String device = find(ID, registered);
            post(
                    "investigator",
                    "/api/v1/devices/" + device + "/binding",
                    "{\"subjectId\":\"" + subject + "\",\"authorizationId\":\"" + authorization + "\"}");
            devices.add(new Dev(identifier, find(TOKEN, registered), -2.95 + i * 1e-4, -79.0, new AtomicInteger()));
        }
        // The pipeline checks the binding at each fix's time: fixes are stamped after this moment,
        // 50 ms apart per device, so that they are neither future nor impossibly fast.
        return devices;
    }

    private String post(String user, String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":amparo-demo").getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String get(String path) throws IOException, InterruptedException {
        return http.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header(
                                        "Authorization",
                                        "Basic "
                                                + Base64.getEncoder()
                                                        .encodeToString("supervisor:amparo-demo"
                                                                .getBytes(StandardCharsets.UTF_8)))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private String answer(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    private int send(HttpRequest.Builder request, int fixes) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? fixes : 0;
    }

    private static String find(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no " + pattern + " in " + body);
        }
        return m.group(1);
    }
}
