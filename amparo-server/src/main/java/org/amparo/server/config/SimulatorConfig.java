package org.amparo.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/** The configuration keys of the demo simulator (demo mode only); listed by {@link AmparoConfig#all()}. */
public final class SimulatorConfig {
    private SimulatorConfig() {}

    /** The slowest and fastest simulated time, relative to real time. */
    public static final double MIN_SPEED = 0.1;

    public static final double MAX_SPEED = 50;

    public static final ConfigKey<Boolean> ENABLED = new ConfigKey<>(
            "amparo.demo.simulator.enabled",
            "boolean",
            "true",
            "Demo mode only: a simulator drives the real pipeline over loopback HTTP (and MQTT when "
                    + "`amparo.mqtt.url` is set): patrolling units, emergency calls with AML caller locations, a "
                    + "protection order, a home detention, a missing-person face search. Controlled on `/demo`.",
            false,
            SimulatorConfig::bool);

    public static final ConfigKey<Double> SPEED = new ConfigKey<>(
            "amparo.demo.simulator.speed",
            "decimal 0.1..50",
            "1.0",
            "Simulated seconds per real second at start: compresses call rate, scenario timing and report "
                    + "interval. Fix times stay real, and real movement per second is capped below the ingest's "
                    + "plausible speed.",
            false,
            SimulatorConfig::speed);

    public static final ConfigKey<Integer> UNITS = new ConfigKey<>(
            "amparo.demo.simulator.units",
            "integer 0..20000",
            "200",
            "Emergency units (ambulances, police cars, fire engines) the simulator creates in Quito, Guayaquil "
                    + "and Cuenca and moves; most report as one REST batch per tick, some over OsmAnd.",
            false,
            s -> bounded(s, 0, 20_000));

    public static final ConfigKey<Integer> MONITORED_DEVICES = new ConfigKey<>(
            "amparo.demo.simulator.monitored-devices",
            "integer 0..5000",
            "4",
            "Monitored devices: the first four are the scenario devices (protection order: offender and "
                    + "protected person; home detention); each further one is a synthetic home-detention subject "
                    + "with its own authorization and order.",
            false,
            s -> bounded(s, 0, 5_000));

    public static final ConfigKey<Integer> CAMERAS = new ConfigKey<>(
            "amparo.demo.simulator.cameras",
            "integer 0..500",
            "4",
            "Demo cameras registered across the three cities; they upload frames (mostly other people, now "
                    + "and then the missing person).",
            false,
            s -> bounded(s, 0, 500));

    public static final ConfigKey<Double> CALLS_PER_HOUR = new ConfigKey<>(
            "amparo.demo.simulator.calls-per-hour",
            "decimal 0..10000",
            "40",
            "Emergency calls per simulated hour; about 30 % are followed by an AML SMS from the handset.",
            false,
            s -> decimal(s, 0, 10_000));

    public static final ConfigKey<Duration> HANDLE_AFTER = new ConfigKey<>(
            "amparo.demo.simulator.handle-after",
            "ISO-8601 duration PT10S..PT24H",
            "PT3M",
            "Simulated time after which a simulated colleague (`dispatcher2`) dispatches an incident nobody "
                    + "handled, taking the top proposal; newer incidents are left for the person at the screen.",
            false,
            s -> duration(s, Duration.ofSeconds(10), Duration.ofHours(24)));

    public static final ConfigKey<Path> DATA_DIR = new ConfigKey<>(
            "amparo.demo.data-dir",
            "path",
            "../shared/data",
            "Folder of the demo's third-party data: `faces/` (photos and `manifest.csv`) and "
                    + "`geo/ecuador-provinces-adm1.geojson`. Missing parts switch their scenario off.",
            false,
            Path::of);

    /** The keys of this area, in documentation order. */
    static List<ConfigKey<?>> all() {
        return List.of(ENABLED, SPEED, UNITS, MONITORED_DEVICES, CAMERAS, CALLS_PER_HOUR, HANDLE_AFTER, DATA_DIR);
    }

    /** A speed within {@link #MIN_SPEED}..{@link #MAX_SPEED}. */
    public static double speed(String s) {
        return decimal(s, MIN_SPEED, MAX_SPEED);
    }

    private static double decimal(String s, double min, double max) {
        double value = Double.parseDouble(s);
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("must be within " + min + ".." + max + ", got " + s);
        }
        return value;
    }

    private static Integer bounded(String s, int min, int max) {
        int value = Integer.parseInt(s);
        if (value < min || value > max) {
            throw new IllegalArgumentException("must be within " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    private static Duration duration(String s, Duration min, Duration max) {
        Duration d = Duration.parse(s);
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException("must be within " + min + ".." + max);
        }
        return d;
    }

    private static Boolean bool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false, got '" + s + "'");
        };
    }
}
