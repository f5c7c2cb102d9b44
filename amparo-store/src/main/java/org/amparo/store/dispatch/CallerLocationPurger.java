package org.amparo.store.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.amparo.core.dispatch.caller.CallerRetention;
import org.amparo.core.retention.DataClass;
import org.amparo.core.retention.RetentionPurger;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Purges {@link DataClass#CALLER_LOCATION} (charter section 6): locations whose incident closed before the cutoff;
 * unmatched locations received before the stricter of the cutoff and {@link CallerRetention#unmatched()}; and every
 * location whose sender's {@code retention-expiry} has passed, whatever its incident. Locations of open incidents are
 * otherwise kept. Civic addresses go with their location. The deletion re-checks the conditions, so that a location
 * matched meanwhile is not lost. Thread-safe.
 */
public final class CallerLocationPurger implements RetentionPurger {
    private static final String ELIGIBLE = """
            (incident_id IS NULL AND received_at < :unmatchedCutoff)
            OR retention_expiry <= :now
            OR incident_id IN (SELECT i.id FROM incidents i WHERE i.closed_at < :cutoff)""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final CallerRetention retention;

    public CallerLocationPurger(DataSource dataSource, Clock clock, CallerRetention retention) {
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
        Instant now = clock.instant();
        Instant unmatchedCutoff = later(cutoff, now.minus(retention.unmatched()));
        List<String> ids = jdbc.sql("SELECT id FROM caller_locations WHERE " + ELIGIBLE
                        + " ORDER BY received_at, id FETCH FIRST :limit ROWS ONLY")
                .param("unmatchedCutoff", Timestamps.param(unmatchedCutoff))
                .param("now", Timestamps.param(now))
                .param("cutoff", Timestamps.param(cutoff))
                .param("limit", batchSize)
                .query((rs, row) -> rs.getString("id"))
                .list();
        if (ids.isEmpty()) {
            return 0;
        }
        return jdbc.sql("DELETE FROM caller_locations WHERE id IN (:ids) AND (" + ELIGIBLE + ")")
                .param("ids", ids)
                .param("unmatchedCutoff", Timestamps.param(unmatchedCutoff))
                .param("now", Timestamps.param(now))
                .param("cutoff", Timestamps.param(cutoff))
                .update();
    }

    static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
