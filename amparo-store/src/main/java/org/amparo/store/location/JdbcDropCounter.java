package org.amparo.store.location;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.amparo.core.device.DeviceId;
import org.amparo.core.location.DropCounter;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link DropCounter} that adds in memory on the hot path and writes the sums to
 * {@code dropped_fixes} when {@link #flush} runs (a scheduler calls it every few seconds, and on
 * shutdown). Counting never blocks or fails an ingest. Thread-safe; one flush at a time.
 */
public final class JdbcDropCounter implements DropCounter {
    /** The key under which drops of unregistered devices are counted. */
    public static final String UNKNOWN = "unknown";

    private final JdbcClient jdbc;
    private final Map<Key, LongAdder> pending = new ConcurrentHashMap<>();

    private record Key(String device, String reason) {}

    public JdbcDropCounter(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void count(@Nullable DeviceId device, String reason, long n) {
        pending.computeIfAbsent(new Key(device == null ? UNKNOWN : device.toString(), reason), k -> new LongAdder())
                .add(n);
    }

    /** Writes pending counts; returns how many (device, reason) rows changed. */
    public synchronized int flush() {
        int rows = 0;
        for (Map.Entry<Key, LongAdder> entry : pending.entrySet()) {
            long n = entry.getValue().sumThenReset();
            if (n == 0) {
                continue;
            }
            Key key = entry.getKey();
            int updated = jdbc.sql(
                            "UPDATE dropped_fixes SET dropped = dropped + :n WHERE device_key = :device AND reason = :reason")
                    .param("n", n)
                    .param("device", key.device())
                    .param("reason", key.reason())
                    .update();
            if (updated == 0) {
                jdbc.sql("INSERT INTO dropped_fixes (device_key, reason, dropped) VALUES (:device, :reason, :n)")
                        .param("n", n)
                        .param("device", key.device())
                        .param("reason", key.reason())
                        .update();
            }
            rows++;
        }
        return rows;
    }

    @Override
    public Map<String, Map<String, Long>> totals() {
        Map<String, Map<String, Long>> totals = new TreeMap<>();
        jdbc.sql("SELECT device_key, reason, dropped FROM dropped_fixes")
                .query((rs, row) -> {
                    totals.computeIfAbsent(rs.getString("device_key"), k -> new TreeMap<>())
                            .merge(rs.getString("reason"), rs.getLong("dropped"), Long::sum);
                    return null;
                })
                .list();
        pending.forEach((key, adder) -> {
            long n = adder.sum();
            if (n > 0) {
                totals.computeIfAbsent(key.device(), k -> new TreeMap<>()).merge(key.reason(), n, Long::sum);
            }
        });
        return totals;
    }
}
