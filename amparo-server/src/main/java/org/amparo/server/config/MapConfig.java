package org.amparo.server.config;

import java.time.Duration;
import java.util.List;

/** The configuration keys of the live map; listed by {@link AmparoConfig#all()}. */
public final class MapConfig {
    private MapConfig() {}

    public static final ConfigKey<Duration> FLUSH_INTERVAL = new ConfigKey<>(
            "amparo.map.flush-interval",
            "ISO-8601 duration PT0.05S..PT10S",
            "PT0.5S",
            "How often the live map (`/map/stream`) sends each open map what changed: at most one `units` event "
                    + "with every unit that moved or changed status since the last one, and the layers to reload.",
            false,
            s -> bounded(s, Duration.ofMillis(50), Duration.ofSeconds(10)));

    public static final ConfigKey<Integer> CLIENT_BUFFER = new ConfigKey<>(
            "amparo.map.client-buffer",
            "integer 2..10000",
            "64",
            "Events an open live map may have waiting; a map that falls further behind (a slow screen or network) "
                    + "gets its backlog replaced by one `resync` and reloads its layers, so it never holds back the feed.",
            false,
            s -> {
                int n = Integer.parseInt(s);
                if (n < 2 || n > 10_000) {
                    throw new IllegalArgumentException("must be within 2..10000");
                }
                return n;
            });

    /** The keys of this area, in documentation order. */
    static List<ConfigKey<?>> all() {
        return List.of(FLUSH_INTERVAL, CLIENT_BUFFER);
    }

    private static Duration bounded(String s, Duration min, Duration max) {
        Duration d = Duration.parse(s);
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException("must be within " + min + ".." + max);
        }
        return d;
    }
}
