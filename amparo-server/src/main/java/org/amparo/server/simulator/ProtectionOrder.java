package org.amparo.server.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.amparo.core.geo.GeoPoint;
import org.amparo.server.simulator.Cases.Monitored;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A protection order in Cuenca: offender and protected person each carry a device bound under their own
 * approved authorization; the offender's order has a KEEP_APART rule of {@value #DISTANCE_METERS} m. The
 * protected person walks between places; every {@link #CYCLE} of simulated time the offender drives toward
 * them until well inside the distance (the alert is raised), then away again.
 */
final class ProtectionOrder implements Scenario {
    private static final Logger LOG = LoggerFactory.getLogger(ProtectionOrder.class);
    static final int DISTANCE_METERS = 500;
    static final Duration CYCLE = Duration.ofMinutes(10);
    private static final Duration REPORT = Duration.ofSeconds(10);
    /** Where the offender starts and retreats to: close enough to come near within a minute of real time. */
    private static final double START_APART_METERS = 1400;

    private static final GeoPoint PROTECTED_HOME = new GeoPoint(-2.8925, -79.0205);

    private enum Phase {
        WAIT,
        APPROACH,
        RETREAT
    }

    private final Cases cases;
    private final String run;
    private final RandomGenerator random;
    private @Nullable Tracker offender;
    private @Nullable Tracker victim;
    private @Nullable String orderId;
    private Phase phase = Phase.WAIT;
    private Instant nextApproach = Instant.MIN;

    ProtectionOrder(Cases cases, String run, RandomGenerator random) {
        this.cases = cases;
        this.run = run;
        this.random = random;
    }

    @Override
    public void setUp(Instant simNow) {
        Monitored protectedPerson = cases.monitored(
                        "DEMO Persona protegida " + run, "VICTIM", "demo-protected-" + run, "PHONE")
                .orElse(null);
        Monitored offenderCase = cases.monitored(
                        "DEMO Agresor con orden de alejamiento " + run, "SUSPECT", "demo-offender-" + run, "TRACKER")
                .orElse(null);
        if (protectedPerson == null || offenderCase == null) {
            LOG.warn("demo simulator: the protection-order scenario could not be created; it is off");
            return;
        }
        Map<String, Object> keepApart = Map.of(
                "type",
                "KEEP_APART",
                "protectedDeviceId",
                protectedPerson.deviceId(),
                "distanceMeters",
                DISTANCE_METERS);
        orderId = cases.order(offenderCase, List.of(keepApart)).orElse(null);
        if (orderId == null) {
            return;
        }
        Instant first = simNow.plusSeconds(2);
        victim = new Tracker(
                protectedPerson.identifier(),
                protectedPerson.secret(),
                Tracker.Channel.OSMAND,
                PROTECTED_HOME,
                REPORT,
                first);
        offender = new Tracker(
                offenderCase.identifier(),
                offenderCase.secret(),
                Tracker.Channel.OSMAND,
                Mover.offset(PROTECTED_HOME, START_APART_METERS, 120),
                REPORT,
                first);
        nextApproach = simNow.plusSeconds(30);
    }

    @Override
    public void tick(Tick tick, Reporter reporter, List<Reporter.Fix> batch) {
        Tracker v = victim;
        Tracker o = offender;
        if (v == null || o == null) {
            return;
        }
        if (v.mover.arrived()) {
            // errands around home, on foot
            v.mover.head(Mover.offset(PROTECTED_HOME, random.nextDouble() * 400, random.nextDouble() * 360), 1.4);
        }
        v.mover.advance(tick.simSeconds(), tick.realSeconds());
        double apart = Mover.distanceMeters(o.mover.position(), v.mover.position());
        switch (phase) {
            case WAIT -> {
                if (!tick.simNow().isBefore(nextApproach)) {
                    phase = Phase.APPROACH;
                    nextApproach = tick.simNow().plus(CYCLE);
                }
            }
            case APPROACH -> {
                o.mover.head(v.mover.position(), 9);
                if (apart < DISTANCE_METERS * 0.4) {
                    phase = Phase.RETREAT;
                    o.mover.head(Mover.offset(v.mover.position(), START_APART_METERS, random.nextDouble() * 360), 9);
                }
            }
            case RETREAT -> {
                if (o.mover.arrived()) {
                    phase = Phase.WAIT;
                }
            }
        }
        o.mover.advance(tick.simSeconds(), tick.realSeconds());
        v.reportIfDue(tick.simNow(), tick.realNow(), reporter, batch);
        o.reportIfDue(tick.simNow(), tick.realNow(), reporter, batch);
    }

    @Override
    public List<View> views() {
        String order = orderId;
        return List.of(new View(
                "demo.scenario.keepApart", order != null, order == null ? null : "/monitoring-orders/" + order));
    }
}
