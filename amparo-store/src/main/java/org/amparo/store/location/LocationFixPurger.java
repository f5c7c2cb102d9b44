package org.amparo.store.location;

import java.time.Instant;
import javax.sql.DataSource;
import org.amparo.core.retention.DataClass;
import org.amparo.core.retention.RetentionPurger;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Deletes fixes older than the location-fix retention, oldest first, one bounded batch at a time. */
public final class LocationFixPurger implements RetentionPurger {
    private final JdbcClient jdbc;

    public LocationFixPurger(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public DataClass dataClass() {
        return DataClass.LOCATION_FIX;
    }

    @Override
    public int purgeBatch(Instant cutoff, int batchSize) {
        return jdbc.sql("DELETE FROM location_fixes WHERE (device_id, fix_at) IN ("
                        + "SELECT device_id, fix_at FROM location_fixes WHERE fix_at < :cutoff"
                        + " ORDER BY fix_at FETCH FIRST :limit ROWS ONLY)")
                .param("cutoff", Timestamps.param(cutoff))
                .param("limit", batchSize)
                .update();
    }
}
