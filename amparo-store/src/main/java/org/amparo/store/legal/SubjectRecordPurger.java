package org.amparo.store.legal;

import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.amparo.core.retention.DataClass;
import org.amparo.core.retention.RetentionPurger;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Purges {@link DataClass#SUBJECT_RECORD}: subjects created before the cutoff that have no
 * authorization requested or approved, none that ended (was rejected, revoked or expired) at or
 * after the cutoff, and no notification task still pending or delayed — the duty to notify a
 * subject holds their record until it is done. With each such subject go its ended authorizations
 * (their areas and cameras cascade) and its notified tasks.
 *
 * <p>Must run inside a transaction: candidates are locked ({@code FOR UPDATE}), so that no
 * authorization can be added to a subject while it is being deleted. Thread-safe.
 */
public final class SubjectRecordPurger implements RetentionPurger {
    /** A subject's record ends when its last authorization ended; a rejection ends at its decision. */
    private static final String ELIGIBLE = """
            s.created_at < :cutoff
            AND NOT EXISTS (SELECT 1 FROM authorizations a WHERE a.subject_id = s.id
                AND (a.status IN ('REQUESTED', 'APPROVED')
                     OR COALESCE(a.end_at, a.decision_at, a.expires_at) >= :cutoff))
            AND NOT EXISTS (SELECT 1 FROM notification_tasks n WHERE n.subject_id = s.id
                AND n.status <> 'NOTIFIED')""";

    private final JdbcClient jdbc;

    public SubjectRecordPurger(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public DataClass dataClass() {
        return DataClass.SUBJECT_RECORD;
    }

    @Override
    public int purgeBatch(Instant cutoff, int batchSize) {
        List<String> ids = jdbc.sql("SELECT s.id FROM subjects s WHERE " + ELIGIBLE
                        + " ORDER BY s.created_at, s.id LIMIT :limit FOR UPDATE")
                .param("cutoff", Timestamps.param(cutoff))
                .param("limit", batchSize)
                .query((rs, row) -> rs.getString("id"))
                .list();
        if (ids.isEmpty()) {
            return 0;
        }
        jdbc.sql("DELETE FROM notification_tasks WHERE subject_id IN (:ids) AND status = 'NOTIFIED'")
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM device_bindings WHERE subject_id IN (:ids)")
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM authorizations WHERE subject_id IN (:ids)"
                        + " AND status IN ('REJECTED', 'REVOKED', 'EXPIRED')")
                .param("ids", ids)
                .update();
        return jdbc.sql("DELETE FROM subjects s WHERE s.id IN (:ids) AND " + ELIGIBLE)
                .param("ids", ids)
                .param("cutoff", Timestamps.param(cutoff))
                .update();
    }
}
