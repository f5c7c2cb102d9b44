package org.amparo.server.simulator;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.amparo.core.geo.GeoPoint;
import org.amparo.server.bootstrap.DemoData;
import org.amparo.server.simulator.Cases.Monitored;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Home detention. The demo order of {@link DemoData} (tracker {@value DemoData#TRACKER_ID}, 300 m around
 * {@link DemoData#HOME}) leaves home at night, simulated local time 22:00–06:00 in {@link #ZONE}, raising a
 * stay-within alert, and comes back later. Further synthetic home-detention subjects ({@code
 * amparo.demo.simulator.monitored-devices} beyond the four scenario devices) stay home and report through
 * OwnTracks, OsmAnd and the REST batch in turn.
 */
final class HomeDetention implements Scenario {
    private static final Logger LOG = LoggerFactory.getLogger(HomeDetention.class);
    static final ZoneId ZONE = ZoneId.of("America/Guayaquil");
    private static final Duration REPORT = Duration.ofSeconds(10);
    private static final Duration EXTRA_REPORT = Duration.ofSeconds(60);
    private static final Duration OUTING = Duration.ofMinutes(15);
    private static final Duration BETWEEN_OUTINGS = Duration.ofMinutes(90);

    private enum Phase {
        HOME,
        OUT,
        BACK
    }

    private final Cases cases;
    private final String run;
    private final int extra;
    private final RandomGenerator random;
    private final Tracker tracker;
    /** The further subjects: published once set up, read by the tick thread. */
    private volatile List<Resident> residents = List.of();

    private record Resident(Tracker tracker, GeoPoint home) {}

    private Phase phase = Phase.HOME;
    private Instant nextOuting = Instant.MIN;
    private Instant returnAt = Instant.MIN;

    HomeDetention(Cases cases, String run, int extra, RandomGenerator random, Instant simStart) {
        this.cases = cases;
        this.run = run;
        this.extra = extra;
        this.random = random;
        this.tracker = new Tracker(
                DemoData.TRACKER_ID,
                DemoData.TRACKER_SECRET,
                Tracker.Channel.OSMAND,
                Mover.offset(DemoData.HOME, 60, 45),
                REPORT,
                simStart);
    }

    /** Whether {@code sim} is night in the agency's time zone (22:00 to 06:00). */
    static boolean night(Instant sim) {
        LocalTime local = sim.atZone(ZONE).toLocalTime();
        return !local.isBefore(LocalTime.of(22, 0)) || local.isBefore(LocalTime.of(6, 0));
    }

    @Override
    public void setUp(Instant simNow) {
        Tracker.Channel[] channels = Tracker.Channel.values();
        List<Resident> created = new ArrayList<>();
        for (int i = 0; i < extra; i++) {
            Tracker.Channel channel = channels[i % channels.length];
            String identifier = "demo-sim/hd-" + run + "-" + i;
            Monitored m = cases.monitored(
                            "DEMO Arresto domiciliario " + run + "-" + i,
                            "CONVICTED",
                            identifier,
                            channel == Tracker.Channel.OSMAND ? "TRACKER" : "PHONE")
                    .orElse(null);
            if (m == null) {
                LOG.warn("demo simulator: home-detention subject {} not created (case)", i);
                continue;
            }
            City city = City.ofIndex(i);
            GeoPoint home = city.randomPoint(random);
            String zone = cases.zone("DEMO domicilio " + run + "-" + i + " (300 m)", home, 300)
                    .orElse(null);
            if (zone == null) {
                LOG.warn("demo simulator: home-detention subject {} not created (zone)", i);
                continue;
            }
            Map<String, Object> stayWithin =
                    Map.of("type", "STAY_WITHIN", "zoneIds", List.of(zone), "marginMeters", 20, "dwellFixes", 2);
            if (cases.order(m, List.of(stayWithin)).isEmpty()) {
                LOG.warn("demo simulator: home-detention subject {} not created (order)", i);
                continue;
            }
            created.add(new Resident(
                    new Tracker(
                            identifier,
                            m.secret(),
                            channel,
                            home,
                            EXTRA_REPORT,
                            simNow.plusMillis(random.nextLong(EXTRA_REPORT.toMillis()))),
                    home));
        }
        residents = List.copyOf(created);
        if (extra > 0) {
            LOG.info("demo simulator: {} further home-detention subjects report", created.size());
        }
    }

    @Override
    public void tick(Tick tick, Reporter reporter, List<Reporter.Fix> batch) {
        Instant now = tick.simNow();
        switch (phase) {
            case HOME -> {
                if (night(now) && !now.isBefore(nextOuting)) {
                    phase = Phase.OUT;
                    // by bicycle, to a shop 550 m away: outside the 300 m zone within a couple of minutes
                    tracker.mover.head(Mover.offset(DemoData.HOME, 550, 200), 4);
                    returnAt = now.plus(OUTING);
                } else if (tracker.mover.arrived()) {
                    tracker.mover.head(
                            Mover.offset(DemoData.HOME, random.nextDouble() * 60, random.nextDouble() * 360), 0.8);
                }
            }
            case OUT -> {
                if (!now.isBefore(returnAt)) {
                    phase = Phase.BACK;
                    tracker.mover.head(Mover.offset(DemoData.HOME, 30, 90), 4);
                }
            }
            case BACK -> {
                if (tracker.mover.arrived()) {
                    phase = Phase.HOME;
                    nextOuting = now.plus(BETWEEN_OUTINGS);
                }
            }
        }
        tracker.mover.advance(tick.simSeconds(), tick.realSeconds());
        tracker.reportIfDue(now, tick.realNow(), reporter, batch);
        for (Resident resident : residents) {
            Tracker other = resident.tracker();
            if (other.mover.arrived()) {
                other.mover.head(
                        Mover.offset(resident.home(), random.nextDouble() * 40, random.nextDouble() * 360), 0.5);
            }
            other.mover.advance(tick.simSeconds(), tick.realSeconds());
            other.reportIfDue(now, tick.realNow(), reporter, batch);
        }
    }

    @Override
    public List<View> views() {
        return List.of(
                new View("demo.scenario.homeDetention", true, "/alerts"),
                new View("demo.scenario.monitored", !residents.isEmpty(), "/map"));
    }
}
