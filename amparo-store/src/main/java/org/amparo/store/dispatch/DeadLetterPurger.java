package org.amparo.store.dispatch;

import java.time.Clock;
import java.time.Instant;
import javax.sql.DataSource;
import org.amparo.core.dispatch.caller.CallerRetention;
import org.amparo.core.retention.DataClass;
import org.amparo.core.retention.RetentionPurger;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Purges dead letters of caller-location messages (counted under {@link DataClass#CALLER_LOCATION}, whose personal
 * data their excerpts are): those received before the stricter of the cutoff and {@link
 * CallerRetention#deadLetters()}. Their counts stay. Thread-safe.
 */
public final class DeadLetterPurger implements RetentionPurger {
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CallerRetention retention;

    public DeadLetterPurger(DataSource dataSource, Clock clock, CallerRetention retention) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
        this.retention = retention;
    }

    @Override
    public DataClass dataClass() {
        return DataClass.CALLER_LOCATION;
    }

    @Override
    public int purgeBatch(Instant cutoff, int batchSize) {
        Instant before = CallerLocationPurger.later(cutoff, clock.instant().minus(retention.deadLetters()));
        return jdbc.sql("DELETE FROM caller_dead_letters WHERE id IN (SELECT id FROM caller_dead_letters"
                        + " WHERE received_at < :before ORDER BY received_at, id FETCH FIRST :limit ROWS ONLY)")
                .param("before", Timestamps.param(before))
                .param("limit", batchSize)
                .update();
    }
}
