package org.amparo.bench.ingest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.amparo.bench.SuppressForbidden;
import org.jspecify.annotations.Nullable;

/**
 * Fix-to-alert latency under load: while load threads post REST batches at an offered rate, probe
 * devices under stay-within orders (100 m circles) step 150 m out of their zone and back, one fix
 * per request; the time from sending the fix to the matching alert change (RAISED, then RESOLVED)
 * arriving on the API event stream is one sample. A probe device moves again only after 2.5 s, so
 * that its 150 m steps stay under the 300 km/h plausibility limit.
 */
@SuppressForbidden(reason = "a load tool prints its results and reads the wall clock")
final class AlertLatency {
    /** Probe devices, used in turn. */
    static final int PROBES = 20;

    private static final Pattern ORDER = Pattern.compile("\"orderId\":\"([^\"]+)\"");
    private static final Pattern STATUS = Pattern.compile("\"status\":\"([A-Z]+)\"");
    private static final double STEP_DEGREES = 150 / 111_320.0;
    private static final long REST_NANOS = Duration.ofMillis(2_500).toNanos();
    private static final Duration WAIT = Duration.ofSeconds(5);

    /** A probe device with its stay-within order. */
    record Probe(IngestLoad.Dev device, String orderId) {}

    private final LoadApi api;
    private final String token;
    private final List<Probe> probes;
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();

    AlertLatency(LoadApi api, String token, List<Probe> probes) {
        this.api = api;
        this.token = token;
        this.probes = List.copyOf(probes);
    }

    /** Gives each device a 100 m home circle and a stay-within order on it. */
    static List<Probe> probes(LoadApi api, List<IngestLoad.Dev> devices) throws IOException, InterruptedException {
        List<Probe> probes = new ArrayList<>();
        for (IngestLoad.Dev d : devices) {
            String zone = LoadApi.find(
                    LoadApi.ID,
                    api.post(
                            "investigator",
                            "/api/v1/zones",
                            "{\"name\":\"Probe home\",\"circle\":{\"lat\":" + d.lat() + ",\"lon\":" + d.lon()
                                    + ",\"radiusMeters\":100}}"));
            String order = LoadApi.find(
                    LoadApi.ID,
                    api.post(
                            "investigator",
                            "/api/v1/monitoring-orders",
                            "{\"authorizationId\":\"" + d.authorizationId() + "\",\"subjectId\":\"" + d.subjectId()
                                    + "\",\"deviceId\":\"" + d.deviceId() + "\",\"rules\":[{\"type\":\"STAY_WITHIN\","
                                    + "\"zoneIds\":[\"" + zone + "\"]}]}"));
            probes.add(new Probe(d, order));
        }
        return probes;
    }

    /** Runs load and probes for {@code seconds} and prints the rates and latency percentiles. */
    void run(int seconds, int threads, double offeredRate, BatchSource batches) throws Exception {
        Thread reader = listen();
        for (Probe p : probes) {
            step(p, false); // a first fix inside, so that the first step out is a transition
        }
        Thread.sleep(REST_NANOS / 1_000_000);
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1, r -> new Thread(r, "latency-load"));
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        List<Future<Long>> load = new ArrayList<>();
        long interval = (long) (500 * threads / offeredRate * 1e9);
        for (int t = 0; t < threads; t++) {
            int seed = 100 + t;
            load.add(pool.submit(() -> paced(new Random(seed), end, interval, batches)));
        }
        Future<List<Long>> samples = pool.submit(() -> probe(end));
        long kept = 0;
        for (Future<Long> f : load) {
            kept += f.get();
        }
        List<Long> latencies = samples.get();
        pool.shutdown();
        reader.interrupt();
        print(offeredRate, kept / (double) seconds, latencies);
    }

    /** Produces one REST batch of the background load. */
    @FunctionalInterface
    interface BatchSource {
        String next(Random random);
    }

    private long paced(Random random, long end, long interval, BatchSource batches) throws Exception {
        long kept = 0;
        long next = System.nanoTime();
        while (System.nanoTime() < end) {
            kept += api.postFixes(token, batches.next(random));
            next += interval;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
        return kept;
    }

    private List<Long> probe(long end) throws Exception {
        List<Long> latencies = new ArrayList<>();
        long[] lastMove = new long[probes.size()];
        boolean[] outside = new boolean[probes.size()];
        int i = 0;
        while (System.nanoTime() < end) {
            long rest = lastMove[i] + REST_NANOS - System.nanoTime();
            if (rest > 0) {
                TimeUnit.NANOSECONDS.sleep(rest);
            }
            Probe p = probes.get(i);
            outside[i] = !outside[i];
            String key = p.orderId() + "/" + (outside[i] ? "RAISED" : "RESOLVED");
            arrivals.remove(key);
            long sent = System.nanoTime();
            step(p, outside[i]);
            lastMove[i] = sent;
            Long arrived = await(key, sent + WAIT.toNanos());
            latencies.add(arrived == null ? -1 : arrived - sent);
            i = (i + 1) % probes.size();
        }
        return latencies;
    }

    private void step(Probe p, boolean out) throws IOException, InterruptedException {
        IngestLoad.Dev d = p.device();
        api.postFixes(
                token,
                "[{\"deviceId\":\"" + d.identifier() + "\",\"lat\":" + (d.lat() + (out ? STEP_DEGREES : 0))
                        + ",\"lon\":" + d.lon() + ",\"accuracyMeters\":5,\"at\":\"" + Instant.now(Clock.systemUTC())
                        + "\"}]");
    }

    private @Nullable Long await(String key, long deadline) throws InterruptedException {
        while (System.nanoTime() < deadline) {
            Long arrived = arrivals.get(key);
            if (arrived != null) {
                return arrived;
            }
            Thread.sleep(0, 200_000);
        }
        return null;
    }

    private Thread listen() throws Exception {
        HttpResponse<Stream<String>> response = api.http
                .sendAsync(
                        HttpRequest.newBuilder(URI.create(api.base + "/api/v1/events/stream"))
                                .header("Authorization", "Bearer " + token)
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .get(10, TimeUnit.SECONDS);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("event stream answered " + response.statusCode());
        }
        return Thread.ofPlatform().name("latency-events").daemon().start(() -> {
            try (Stream<String> lines = response.body()) {
                lines.forEach(line -> {
                    long at = System.nanoTime();
                    Matcher order = ORDER.matcher(line);
                    Matcher status = STATUS.matcher(line);
                    if (line.startsWith("data:") && order.find() && status.find()) {
                        arrivals.putIfAbsent(order.group(1) + "/" + status.group(1), at);
                    }
                });
            } catch (java.io.UncheckedIOException e) {
                // interrupted at the end of the run: the stream is closed on purpose
            }
        });
    }

    private static void print(double offered, double achieved, List<Long> latencies) {
        long missing = latencies.stream().filter(l -> l < 0).count();
        long[] sorted = latencies.stream()
                .filter(l -> l >= 0)
                .mapToLong(Long::longValue)
                .sorted()
                .toArray();
        System.out.printf(
                Locale.ROOT,
                "%nFix to alert on the API event stream under load:%n  offered %.0f fixes/s, kept %.0f fixes/s%n"
                        + "  %d alert changes: p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms;"
                        + " %d not seen within %d s%n",
                offered,
                achieved,
                sorted.length,
                percentile(sorted, 50),
                percentile(sorted, 95),
                percentile(sorted, 99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6,
                missing,
                WAIT.toSeconds());
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
