package org.amparo.bench.dispatch;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.amparo.bench.SuppressForbidden;
import org.amparo.bench.ingest.LoadApi;

/**
 * The load's units: created through the API (an AGENCY_UNIT device each, then the unit), placed in
 * Quito, Guayaquil and Cuenca, and reporting through the REST location ingest, a fifth of them each
 * second, so that every unit reports every 5 s with a small random move.
 */
@SuppressForbidden(reason = "a load tool reads the wall clock")
final class UnitFleet {
    private static final double[][] CITIES = {{-0.1807, -78.4678}, {-2.1709, -79.9224}, {-2.9001, -79.0059}};
    private static final String[] TYPES = {"POLICE_CAR", "POLICE_CAR", "AMBULANCE", "FIRE_ENGINE", "RESCUE_TEAM"};

    private final LoadApi api;
    private final String token;
    private final List<DispatchLoad.Unit> units;
    private final double[][] positions;
    private final SplittableRandom random = new SplittableRandom(5);
    private final AtomicLong kept = new AtomicLong();

    UnitFleet(LoadApi api, String token, List<DispatchLoad.Unit> units) {
        this.api = api;
        this.token = token;
        this.units = List.copyOf(units);
        this.positions = new double[units.size()][];
        for (int i = 0; i < units.size(); i++) {
            positions[i] = new double[] {units.get(i).lat(), units.get(i).lon()};
        }
    }

    /** Creates {@code count} units with their devices, 8 at a time, with API tokens. */
    static List<DispatchLoad.Unit> create(LoadApi api, int count) throws Exception {
        String admin = api.token("admin", "dispatch-load");
        String supervisor = api.token("supervisor", "dispatch-load");
        String run = Long.toString(System.nanoTime(), 36);
        ExecutorService pool = Executors.newFixedThreadPool(8, r -> new Thread(r, "dispatch-load-setup"));
        List<Future<DispatchLoad.Unit>> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            made.add(pool.submit(() -> unit(api, admin, supervisor, run, n)));
        }
        List<DispatchLoad.Unit> units = new ArrayList<>();
        for (Future<DispatchLoad.Unit> f : made) {
            units.add(f.get());
        }
        pool.shutdown();
        return units;
    }

    private static DispatchLoad.Unit unit(LoadApi api, String admin, String supervisor, String run, int n)
            throws IOException, InterruptedException {
        String identifier = "load-unit-" + run + "-" + n;
        String device = LoadApi.find(
                LoadApi.ID,
                api.bearer(
                                admin,
                                "/api/v1/devices",
                                "{\"identifier\":\"" + identifier + "\",\"kind\":\"AGENCY_UNIT\",\"label\":\"U" + n
                                        + "\"}")
                        .body());
        String unit = LoadApi.find(
                LoadApi.ID,
                api.bearer(
                                supervisor,
                                "/api/v1/units",
                                "{\"callSign\":\"L" + run + "-" + n + "\",\"type\":\"" + TYPES[n % TYPES.length]
                                        + "\",\"deviceId\":\"" + device + "\"}")
                        .body());
        double[] city = CITIES[n % CITIES.length];
        SplittableRandom random = new SplittableRandom(n);
        return new DispatchLoad.Unit(
                unit,
                identifier,
                city[0] + (random.nextDouble() - 0.5) * 0.12,
                city[1] + (random.nextDouble() - 0.5) * 0.12);
    }

    int size() {
        return units.size();
    }

    long kept() {
        return kept.get();
    }

    /** Reports the units whose index is {@code slot} modulo 5 (all of them when slot is negative). */
    void reportAll(int slot) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder("[");
        Instant now = Instant.now(Clock.systemUTC());
        for (int i = 0; i < units.size(); i++) {
            if (slot >= 0 && i % 5 != slot) {
                continue;
            }
            positions[i][0] += (random.nextDouble() - 0.5) * 0.0005;
            positions[i][1] += (random.nextDouble() - 0.5) * 0.0005;
            body.append(body.length() == 1 ? "" : ",")
                    .append("{\"deviceId\":\"")
                    .append(units.get(i).device())
                    .append("\",\"lat\":")
                    .append(positions[i][0])
                    .append(",\"lon\":")
                    .append(positions[i][1])
                    .append(",\"accuracyMeters\":8,\"at\":\"")
                    .append(now)
                    .append("\"}");
        }
        kept.addAndGet(api.postFixes(token, body.append(']').toString()));
    }

    /** Reports a fifth of the units every {@code period} until {@code endNanos}. */
    void reportEvery(Duration period, long endNanos) {
        int slot = 0;
        long next = System.nanoTime();
        try {
            while (System.nanoTime() < endNanos) {
                reportAll(slot);
                slot = (slot + 1) % 5;
                next += period.toNanos();
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("unit reports failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
