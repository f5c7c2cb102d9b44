package org.amparo.store.dispatch;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import javax.sql.DataSource;
import org.amparo.core.dispatch.caller.DeadLetter;
import org.amparo.core.dispatch.caller.DeadLetterId;
import org.amparo.core.dispatch.caller.DeadLetterStore;
import org.amparo.core.dispatch.caller.IntakeDrop;
import org.amparo.core.dispatch.caller.MessageKind;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link DeadLetterStore} on {@code caller_dead_letters}, counting in {@code caller_intake_counts} in the same
 * transaction. Uses the caller's transaction; thread-safe: the migration creates a counter row for every reason
 * known at the time, so that counts are updates in place that serialize on their row; a reason added later gets its
 * row on first use.
 */
public final class JdbcDeadLetterStore implements DeadLetterStore {
    private final JdbcClient jdbc;

    public JdbcDeadLetterStore(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void insert(DeadLetter l) {
        jdbc.sql("INSERT INTO caller_dead_letters (id, received_at, kind, reason, detail, excerpt)"
                        + " VALUES (:id, :at, :kind, :reason, :detail, :excerpt)")
                .param("id", l.id().toString())
                .param("at", Timestamps.param(l.receivedAt()))
                .param("kind", l.kind().name())
                .param("reason", l.reason().name())
                .param("detail", l.detail())
                .param("excerpt", l.excerpt())
                .update();
        count(l.reason().name());
    }

    @Override
    public void countDropped(IntakeDrop reason) {
        count(reason.name());
    }

    private void count(String reason) {
        int updated = jdbc.sql("UPDATE caller_intake_counts SET total = total + 1 WHERE reason = :reason")
                .param("reason", reason)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO caller_intake_counts (reason, total) VALUES (:reason, 1)")
                    .param("reason", reason)
                    .update();
        }
    }

    @Override
    public List<DeadLetter> latest(int limit) {
        return jdbc.sql("SELECT id, received_at, kind, reason, detail, excerpt FROM caller_dead_letters"
                        + " ORDER BY received_at DESC, id FETCH FIRST :limit ROWS ONLY")
                .param("limit", limit)
                .query((rs, row) -> new DeadLetter(
                        new DeadLetterId(UUID.fromString(rs.getString("id"))),
                        Timestamps.read(rs, "received_at"),
                        MessageKind.valueOf(rs.getString("kind")),
                        InvalidReason.valueOf(rs.getString("reason")),
                        rs.getString("detail"),
                        rs.getString("excerpt")))
                .list();
    }

    @Override
    public Map<String, Long> counts() {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("SELECT reason, total FROM caller_intake_counts WHERE total > 0")
                .query((rs, row) -> counts.put(rs.getString("reason"), rs.getLong("total")))
                .list();
        return counts;
    }
}
