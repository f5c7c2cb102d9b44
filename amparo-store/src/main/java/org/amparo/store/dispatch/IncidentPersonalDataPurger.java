package org.amparo.store.dispatch;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.amparo.core.retention.DataClass;
import org.amparo.core.retention.RetentionPurger;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Purges {@link DataClass#INCIDENT_PERSONAL_DATA} (charter section 6) from incidents closed before the cutoff: the
 * caller numbers of the incident and its calls, the description and the notes are deleted, and the exact positions of
 * the incident and its timeline are cut to two decimals of a degree (about 1 km), which keeps the province statistics.
 * Type, priority, province, units, statuses and times stay. Each stripped incident is stamped, so it counts once;
 * an incident reopened meanwhile is not touched. Thread-safe.
 */
public final class IncidentPersonalDataPurger implements RetentionPurger {
    private static final String ELIGIBLE = "closed_at < :cutoff AND personal_data_removed_at IS NULL";
    /** Both coordinates to two decimals of a degree, portable SQL. */
    private static final String COARSEN = "latitude = ROUND(CAST(latitude AS DECIMAL(12, 6)), 2),"
            + " longitude = ROUND(CAST(longitude AS DECIMAL(12, 6)), 2)";

    private final JdbcClient jdbc;
    private final Clock clock;

    public IncidentPersonalDataPurger(DataSource dataSource, Clock clock) {
        this.jdbc = JdbcClient.create(dataSource);
        this.clock = clock;
    }

    @Override
    public DataClass dataClass() {
        return DataClass.INCIDENT_PERSONAL_DATA;
    }

    @Override
    public int purgeBatch(Instant cutoff, int batchSize) {
        List<String> ids = jdbc.sql("SELECT id FROM incidents WHERE " + ELIGIBLE
                        + " ORDER BY closed_at, id FETCH FIRST :limit ROWS ONLY")
                .param("cutoff", Timestamps.param(cutoff))
                .param("limit", batchSize)
                .query((rs, row) -> rs.getString("id"))
                .list();
        if (ids.isEmpty()) {
            return 0;
        }
        int stripped = jdbc.sql("UPDATE incidents SET caller_number = NULL, description = '', " + COARSEN
                        + ", personal_data_removed_at = :now"
                        + " WHERE id IN (:ids) AND " + ELIGIBLE)
                .param("ids", ids)
                .param("cutoff", Timestamps.param(cutoff))
                .param("now", Timestamps.param(clock.instant()))
                .update();
        jdbc.sql("UPDATE incident_calls SET caller_number = NULL WHERE incident_id IN (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM incident_events WHERE incident_id IN (:ids) AND kind = 'NOTE_ADDED'")
                .param("ids", ids)
                .update();
        jdbc.sql("UPDATE incident_events SET " + COARSEN + " WHERE incident_id IN (:ids) AND latitude IS NOT NULL")
                .param("ids", ids)
                .update();
        return stripped;
    }
}
