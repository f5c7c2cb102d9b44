package org.amparo.store.alert;

import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.amparo.core.alert.AlertId;
import org.amparo.core.alert.AlertNotice;
import org.amparo.core.alert.AlertOutbox;
import org.amparo.core.alert.ProtectedPersonNotice;
import org.amparo.core.monitoring.ProtectedChannel;
import org.amparo.store.Timestamps;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link AlertOutbox} on {@code alert_outbox}: one row per notice and configured channel, written
 * in the caller's transaction, plus one row per protected person's notice with its own destination;
 * the delivery worker reads due rows, marks them delivered or schedules a retry with growing delay.
 * With no channel configured no agency notice is queued. Thread-safe.
 */
public final class JdbcAlertOutbox implements AlertOutbox {
    /** Longest delay between two attempts. */
    public static final Duration MAX_BACKOFF = Duration.ofMinutes(10);

    private final JdbcClient jdbc;
    private final List<String> channels;
    private final Clock clock;

    /**
     * One pending delivery.
     *
     * @param destination the URL or topic of a protected person's notice; null for the agency's
     *     configured webhook or topic
     */
    public record Pending(
            String id,
            String channel,
            String payload,
            int attempts,
            @Nullable String destination) {}

    public JdbcAlertOutbox(DataSource dataSource, List<String> channels, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.channels = List.copyOf(channels);
        this.clock = clock;
    }

    public List<String> channels() {
        return channels;
    }

    @Override
    public void enqueue(AlertNotice notice) {
        for (String channel : channels) {
            insert(notice.alertId(), channel, null, notice.json(), notice.at());
        }
    }

    @Override
    public void notifyProtected(ProtectedChannel channel, ProtectedPersonNotice notice) {
        insert(notice.reference(), channel.kind(), channel.destination(), notice.json(), notice.at());
    }

    private void insert(AlertId alert, String channel, @Nullable String destination, String payload, Instant at) {
        jdbc.sql("INSERT INTO alert_outbox (id, alert_id, channel, destination, payload, created_at, attempts,"
                        + " next_attempt_at) VALUES (:id, :alert, :channel, :destination, :payload, :at, 0, :at)")
                .param("id", UUID.randomUUID().toString())
                .param("alert", alert.toString())
                .param("channel", channel)
                .param("destination", destination, Types.VARCHAR)
                .param("payload", payload)
                .param("at", Timestamps.param(at))
                .update();
    }

    /** Undelivered notices due now, oldest first. */
    public List<Pending> due(int limit) {
        return jdbc.sql(
                        "SELECT id, channel, payload, attempts, destination FROM alert_outbox WHERE delivered_at IS NULL"
                                + " AND next_attempt_at <= :now ORDER BY created_at, id LIMIT :limit")
                .param("now", Timestamps.param(clock.instant()))
                .param("limit", limit)
                .query((rs, row) -> new Pending(
                        rs.getString("id"),
                        rs.getString("channel"),
                        rs.getString("payload"),
                        rs.getInt("attempts"),
                        rs.getString("destination")))
                .list();
    }

    public void delivered(String id) {
        jdbc.sql(
                        "UPDATE alert_outbox SET delivered_at = :now, attempts = attempts + 1, last_error = NULL WHERE id = :id")
                .param("now", Timestamps.param(clock.instant()))
                .param("id", id)
                .update();
    }

    /** Records a failed attempt and schedules the next one: 2^attempts seconds, at most {@link #MAX_BACKOFF}. */
    public void failed(Pending pending, String error) {
        long seconds = Math.min(MAX_BACKOFF.toSeconds(), 1L << Math.min(20, pending.attempts() + 1));
        Instant next = clock.instant().plusSeconds(seconds);
        jdbc.sql(
                        "UPDATE alert_outbox SET attempts = attempts + 1, next_attempt_at = :next, last_error = :error WHERE id = :id")
                .param("next", Timestamps.param(next))
                .param("error", error.length() > 500 ? error.substring(0, 500) : error)
                .param("id", pending.id())
                .update();
    }

    /** Notices not yet delivered, for health and metrics. */
    public long undelivered() {
        return jdbc.sql("SELECT COUNT(*) FROM alert_outbox WHERE delivered_at IS NULL")
                .query(Long.class)
                .single();
    }
}
