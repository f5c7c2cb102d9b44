package org.amparo.server.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.random.RandomGenerator;
import org.amparo.core.dispatch.UnitType;
import org.amparo.core.geo.GeoPoint;
import org.amparo.server.bootstrap.DemoDispatch;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * The simulated emergency units: created through the device and unit API (the six units of {@link
 * DemoDispatch} included), patrolling between random waypoints of their city at 20 to 50 km/h, reporting every
 * {@link #reportInterval} of simulated time: most as one REST batch per tick (an AVL gateway), some over
 * OsmAnd. Only the simulator's tick thread calls it, except {@link #create}, which runs before the ticks.
 */
final class Fleet {
    private static final Logger LOG = LoggerFactory.getLogger(Fleet.class);

    /** What a unit is doing, as the simulator drives it. */
    enum Phase {
        PATROL,
        EN_ROUTE,
        ON_SCENE,
        RETURNING
    }

    /** One unit. */
    static final class SimUnit {
        final String callSign;
        final UnitType type;
        final City city;
        final String identifier;

        @Nullable
        String secret;

        final Mover mover;
        volatile Phase phase = Phase.PATROL;
        Instant nextReport;

        SimUnit(String callSign, UnitType type, City city, String identifier, GeoPoint at, Instant firstReport) {
            this.callSign = callSign;
            this.type = type;
            this.city = city;
            this.identifier = identifier;
            this.mover = new Mover(at);
            this.nextReport = firstReport;
        }
    }

    private final LoopbackClient http;
    private final Reporter reporter;
    private final RandomGenerator random;
    private final int size;
    private final Duration reportInterval;
    private final List<SimUnit> units = new ArrayList<>();
    private final Map<String, SimUnit> byCallSign = new ConcurrentHashMap<>();

    Fleet(LoopbackClient http, Reporter reporter, RandomGenerator random, int size) {
        this.http = http;
        this.reporter = reporter;
        this.random = random;
        this.size = size;
        // 2,000 units every 30 s is ~67 fixes per simulated second: the REST batch carries that easily
        this.reportInterval = Duration.ofSeconds(size <= 500 ? 15 : 30);
    }

    /** Creates the units that are missing, through the API, a few requests at a time. */
    void create(Instant simNow) {
        Map<String, String> existing = existingUnits();
        List<SimUnit> planned = plan(simNow);
        Semaphore parallel = new Semaphore(4);
        try (ExecutorService pool = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("amparo-sim-fleet-", 0).factory())) {
            for (SimUnit unit : planned) {
                if (existing.containsKey(unit.callSign) || DemoDispatch.UNIT_SECRET.equals(unit.secret)) {
                    add(unit);
                    continue;
                }
                parallel.acquireUninterruptibly();
                pool.submit(() -> {
                    try {
                        if (register(unit)) {
                            add(unit);
                        }
                    } finally {
                        parallel.release();
                    }
                });
            }
        }
        LOG.info("demo simulator: {} units patrol Quito, Guayaquil and Cuenca", units.size());
    }

    private synchronized void add(SimUnit unit) {
        units.add(unit);
        byCallSign.put(unit.callSign, unit);
    }

    private List<SimUnit> plan(Instant simNow) {
        List<SimUnit> planned = new ArrayList<>();
        List<DemoDispatch.DemoUnit> demo = DemoDispatch.UNITS;
        for (int i = 0; i < size; i++) {
            Instant first = simNow.plusMillis(random.nextLong(reportInterval.toMillis()));
            if (i < demo.size()) {
                DemoDispatch.DemoUnit d = demo.get(i);
                City city = d.callSign().contains("-C") ? City.CUENCA : City.QUITO;
                SimUnit unit = new SimUnit(
                        d.callSign(), d.type(), city, d.deviceIdentifier(), new GeoPoint(d.lat(), d.lon()), first);
                unit.secret = DemoDispatch.UNIT_SECRET;
                planned.add(unit);
                continue;
            }
            City city = City.ofIndex(i);
            UnitType type = i % 20 < 9 ? UnitType.POLICE_CAR : i % 20 < 16 ? UnitType.AMBULANCE : UnitType.FIRE_ENGINE;
            String prefix =
                    switch (type) {
                        case POLICE_CAR -> "POL";
                        case AMBULANCE -> "AMB";
                        case FIRE_ENGINE -> "BOM";
                        case RESCUE_TEAM -> "RES";
                    };
            String callSign = String.format(Locale.ROOT, "%s-%c%03d", prefix, city.letter(), i);
            planned.add(new SimUnit(
                    callSign,
                    type,
                    city,
                    "demo-sim-" + callSign.toLowerCase(Locale.ROOT),
                    city.randomPoint(random),
                    first));
        }
        return planned;
    }

    /** Call signs of the units that exist already (a restart on the same database). */
    private Map<String, String> existingUnits() {
        Map<String, String> found = new HashMap<>();
        LoopbackClient.Reply reply = http.get("supervisor", "/api/v1/units?limit=5000");
        if (reply.ok()) {
            for (JsonNode unit : reply.json()) {
                found.put(unit.path("callSign").asString(""), unit.path("id").asString(""));
            }
        }
        return found;
    }

    private boolean register(SimUnit unit) {
        Map<String, Object> device =
                Map.of("identifier", unit.identifier, "kind", "AGENCY_UNIT", "label", "DEMO " + unit.callSign);
        LoopbackClient.Reply registered = http.post("admin", "/api/v1/devices", device);
        if (registered.status() == 409) {
            // created by an earlier run: its secret is gone, its fixes go through the REST batch
            return true;
        }
        if (!registered.ok()) {
            return false;
        }
        unit.secret = registered.text("token");
        Map<String, Object> body = Map.of(
                "callSign",
                unit.callSign,
                "type",
                unit.type.name(),
                "deviceId",
                registered.text("id"),
                "station",
                "DEMO " + station(unit),
                "crewSize",
                unit.type == UnitType.FIRE_ENGINE ? 5 : unit.type == UnitType.AMBULANCE ? 3 : 2);
        return http.post("supervisor", "/api/v1/units", body).ok();
    }

    private static String station(SimUnit unit) {
        return switch (unit.type) {
            case POLICE_CAR -> "UPC " + unit.city.label();
            case AMBULANCE -> "Base de ambulancias " + unit.city.label();
            case FIRE_ENGINE, RESCUE_TEAM -> "Estación de Bomberos " + unit.city.label();
        };
    }

    /** Moves every unit; patrolling ones pick a new waypoint on arrival. */
    void move(double simSeconds, double realSeconds) {
        for (SimUnit unit : snapshot()) {
            unit.mover.advance(simSeconds, realSeconds);
            if (unit.phase == Phase.PATROL && unit.mover.arrived()) {
                double kmh = 20 + random.nextDouble() * 30;
                unit.mover.head(unit.city.randomPoint(random), kmh / 3.6);
            }
        }
    }

    /** Sends the fixes that are due: OsmAnd for one unit in twenty that knows its secret, the REST batch else. */
    int report(Instant simNow, Instant realNow) {
        List<Reporter.Fix> batch = new ArrayList<>();
        int i = 0;
        int sent = 0;
        for (SimUnit unit : snapshot()) {
            i++;
            if (unit.nextReport.isAfter(simNow)) {
                continue;
            }
            unit.nextReport = unit.nextReport.plus(reportInterval);
            if (unit.nextReport.isBefore(simNow)) {
                unit.nextReport = simNow.plus(reportInterval);
            }
            String secret = unit.secret;
            if (secret != null && (i <= DemoDispatch.UNITS.size() || i % 20 == 0)) {
                reporter.osmand(unit.identifier, secret, unit.mover.position(), realNow);
            } else {
                batch.add(new Reporter.Fix(unit.identifier, unit.mover.position()));
            }
            sent++;
        }
        reporter.batch(batch, realNow);
        return sent;
    }

    Optional<SimUnit> byCallSign(String callSign) {
        return Optional.ofNullable(byCallSign.get(callSign));
    }

    synchronized int size() {
        return units.size();
    }

    private synchronized List<SimUnit> snapshot() {
        return List.copyOf(units);
    }
}
