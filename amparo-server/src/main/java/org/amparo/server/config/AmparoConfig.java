package org.amparo.server.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.amparo.core.retention.DataClass;

/** Every configuration key Amparo reads, in one place. Nothing reads a key that is not listed here. */
public final class AmparoConfig {
    private AmparoConfig() {}

    public static final ConfigKey<Integer> SERVER_PORT = new ConfigKey<>(
            "server.port", "integer", "8080", "HTTP port of the API and the web UI.", false, AmparoConfig::port);

    public static final ConfigKey<Path> DATA_DIR = new ConfigKey<>(
            "amparo.data-dir",
            "path",
            "./data",
            "Folder of the embedded H2 database and other local files. Unused with PostgreSQL except for local files.",
            false,
            Path::of);

    public static final ConfigKey<String> DATABASE_URL = new ConfigKey<>(
            "amparo.database.url",
            "JDBC URL",
            "",
            "JDBC URL of the database. Empty: the embedded H2 file database under `amparo.data-dir`. "
                    + "Production: `jdbc:postgresql://HOST:5432/amparo`.",
            false,
            AmparoConfig::jdbcUrl);

    public static final ConfigKey<String> DATABASE_USERNAME =
            new ConfigKey<>("amparo.database.username", "text", "sa", "Database user.", false, s -> s);

    public static final ConfigKey<String> DATABASE_PASSWORD = new ConfigKey<>(
            "amparo.database.password",
            "secret",
            "",
            "Database password. Prefer the environment variable `AMPARO_DATABASE_PASSWORD` to a file.",
            true,
            s -> s);

    public static final ConfigKey<Integer> DATABASE_POOL_SIZE = new ConfigKey<>(
            "amparo.database.pool-size",
            "integer 1..200",
            "10",
            "Maximum database connections.",
            false,
            s -> bounded(s, 1, 200));

    public static final ConfigKey<Boolean> DEMO = new ConfigKey<>(
            "amparo.demo",
            "boolean",
            "false",
            "Demo mode: creates one demo user per role (password `amparo-demo`) and a small synthetic data set, "
                    + "shows a DEMO DATA banner on every page. Never in production.",
            false,
            AmparoConfig::bool);

    public static final ConfigKey<String> ADMIN_INITIAL_PASSWORD = new ConfigKey<>(
            "amparo.admin.initial-password",
            "secret",
            null,
            "Password of the `admin` account created on first start when no user exists. Unset: a random "
                    + "password is generated and printed once on the console (never logged), and must be changed "
                    + "at the first sign-in.",
            true,
            AmparoConfig::password);

    public static final ConfigKey<Integer> API_TOKEN_DAYS = new ConfigKey<>(
            "amparo.security.api-token-days",
            "integer 1..365",
            "90",
            "Validity of new API tokens, in days.",
            false,
            s -> bounded(s, 1, 365));

    public static final ConfigKey<Duration> EXPIRY_CHECK_INTERVAL = new ConfigKey<>(
            "amparo.authorizations.expiry-check-interval",
            "ISO-8601 duration",
            "PT30S",
            "How often authorizations past their window or urgent deadline are ended (the policy denies them "
                    + "at once regardless).",
            false,
            AmparoConfig::positiveDuration);

    public static final ConfigKey<Duration> PURGE_INTERVAL = new ConfigKey<>(
            "amparo.retention.purge-interval",
            "ISO-8601 duration",
            "PT1H",
            "How often the retention purge runs.",
            false,
            AmparoConfig::positiveDuration);

    public static final ConfigKey<String> MAP_TILE_URL = new ConfigKey<>(
            "amparo.map.tile-url",
            "URL template",
            "",
            "Tile server of the agency, e.g. `https://tiles.example.gov/{z}/{x}/{y}.png`. Empty: the offline "
                    + "Natural Earth basemap shipped with Amparo.",
            false,
            s -> s);

    public static final ConfigKey<Integer> DEVICES_PORT = new ConfigKey<>(
            "amparo.devices.port",
            "integer -1..65535",
            "5055",
            "Port for phones and trackers: OsmAnd protocol (Traccar Client) on any path, OwnTracks HTTP on "
                    + "`/owntracks`. 0: any free port; -1: off.",
            false,
            s -> bounded(s, -1, 65_535));

    public static final ConfigKey<String> DEVICES_BIND = new ConfigKey<>(
            "amparo.devices.bind-address",
            "IP address",
            "0.0.0.0",
            "Address the device port listens on.",
            false,
            s -> s);

    public static final ConfigKey<String> MQTT_URL = new ConfigKey<>(
            "amparo.mqtt.url",
            "URL",
            "",
            "MQTT broker for OwnTracks (`tcp://127.0.0.1:1883`); Amparo subscribes to `owntracks/+/+`. The broker "
                    + "must authenticate devices: Amparo trusts the topic's user/device. Empty: off.",
            false,
            s -> s);

    public static final ConfigKey<String> MQTT_CLIENT_ID = new ConfigKey<>(
            "amparo.mqtt.client-id",
            "text",
            "amparo-server",
            "MQTT client id; a persistent session under this id keeps QoS 1 messages while Amparo is down.",
            false,
            s -> s);

    public static final ConfigKey<Duration> ALERT_ACK_TIMEOUT = new ConfigKey<>(
            "amparo.alerts.ack-timeout",
            "ISO-8601 duration",
            "PT5M",
            "How long a raised alert may stay unacknowledged before it is escalated.",
            false,
            AmparoConfig::positiveDuration);

    public static final ConfigKey<Duration> GEOFENCE_TICK_INTERVAL = new ConfigKey<>(
            "amparo.geofence.tick-interval",
            "ISO-8601 duration",
            "PT10S",
            "How often the geofence runtime lets time pass: silence rules, schedules and alert escalation.",
            false,
            AmparoConfig::positiveDuration);

    public static final ConfigKey<String> ALERT_WEBHOOK_URL = new ConfigKey<>(
            "amparo.alerts.webhook-url",
            "URL",
            "",
            "Receives a JSON notice (alert id, type, status, order id, time; no names or positions) on every alert "
                    + "change, retried with growing delay until it answers 2xx. Empty: off.",
            false,
            AmparoConfig::httpUrl);

    public static final ConfigKey<String> ALERT_MQTT_TOPIC = new ConfigKey<>(
            "amparo.alerts.mqtt-topic",
            "MQTT topic",
            "",
            "Topic on the `amparo.mqtt.url` broker for the same notices, published at QoS 1 with retries. Empty: off.",
            false,
            s -> s);

    /** The maximum age, in days, of one data class. */
    public static ConfigKey<Integer> retentionDays(DataClass dataClass) {
        String suffix = dataClass.name().toLowerCase(Locale.ROOT).replace('_', '-');
        long min = Math.max(1, dataClass.minimumMaxAge().toDays());
        return new ConfigKey<>(
                "amparo.retention." + suffix + "-days",
                "integer >= " + min,
                Long.toString(dataClass.defaultMaxAge().toDays()),
                "Maximum age of " + describe(dataClass) + ", in days; the purge deletes older records.",
                false,
                s -> bounded(s, (int) min, 36_500));
    }

    /** All keys, in documentation order. */
    public static List<ConfigKey<?>> all() {
        List<ConfigKey<?>> keys = new java.util.ArrayList<>(List.of(
                SERVER_PORT,
                DATA_DIR,
                DATABASE_URL,
                DATABASE_USERNAME,
                DATABASE_PASSWORD,
                DATABASE_POOL_SIZE,
                DEMO,
                ADMIN_INITIAL_PASSWORD,
                API_TOKEN_DAYS,
                EXPIRY_CHECK_INTERVAL,
                PURGE_INTERVAL,
                ALERT_ACK_TIMEOUT,
                GEOFENCE_TICK_INTERVAL,
                MAP_TILE_URL,
                DEVICES_PORT,
                DEVICES_BIND,
                MQTT_URL,
                MQTT_CLIENT_ID,
                ALERT_WEBHOOK_URL,
                ALERT_MQTT_TOPIC));
        keys.addAll(DispatchConfig.all());
        keys.addAll(MapConfig.all());
        keys.addAll(FaceConfig.all());
        keys.addAll(CameraConfig.all());
        keys.addAll(QueueConfig.all());
        keys.addAll(SimulatorConfig.all());
        for (DataClass dataClass : DataClass.values()) {
            keys.add(retentionDays(dataClass));
        }
        return List.copyOf(keys);
    }

    private static String describe(DataClass dataClass) {
        return switch (dataClass) {
            case LOCATION_FIX -> "location fixes of monitored subjects";
            case SIGHTING ->
                "face matches never confirmed (pending or rejected), with their sightings and probe "
                        + "crops, unless under legal hold";
            case EVIDENCE -> "confirmed face sightings with their matches and probe crops, unless under legal hold";
            case CALLER_LOCATION -> "emergency caller location after its incident closed";
            case INCIDENT_PERSONAL_DATA ->
                "caller numbers, description, notes and exact position of incidents after they closed (type, "
                        + "priority, province, units and times stay for statistics)";
            case SUBJECT_RECORD -> "subject records after their last authorization ended";
            case AUDIT_LOG -> "audit log entries (the law requires at least 183 days)";
        };
    }

    private static Integer port(String s) {
        return bounded(s, 0, 65_535);
    }

    private static Integer bounded(String s, int min, int max) {
        int value = Integer.parseInt(s);
        if (value < min || value > max) {
            throw new IllegalArgumentException("must be within " + min + ".." + max + ", got " + value);
        }
        return value;
    }

    private static Boolean bool(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false, got '" + s + "'");
        };
    }

    private static Duration positiveDuration(String s) {
        Duration d = Duration.parse(s);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("must be positive");
        }
        return d;
    }

    private static String jdbcUrl(String s) {
        if (!s.isEmpty() && !s.startsWith("jdbc:h2:") && !s.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("Amparo supports jdbc:h2: and jdbc:postgresql: URLs");
        }
        return s;
    }

    private static String httpUrl(String s) {
        if (!s.isEmpty() && !s.startsWith("http://") && !s.startsWith("https://")) {
            throw new IllegalArgumentException("an http:// or https:// URL, got '" + s + "'");
        }
        return s;
    }

    private static String password(String s) {
        if (s.length() < 12) {
            throw new IllegalArgumentException("must have at least 12 characters");
        }
        return s;
    }
}
