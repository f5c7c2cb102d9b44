package org.amparo.store.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditAnchor;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.AuditResult;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The mapping of audit entries and of the head and anchor rows. Stateless. */
final class AuditRows {
    static final String SELECT_ENTRIES = """
            SELECT seq, occurred_at, username, roles, action_name, object_type, object_id,
                   authorization_id, justification, outcome, detail, previous_hash, entry_hash
            FROM audit_log""";

    private AuditRows() {}

    static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        AuditRecord record = new AuditRecord(
                Timestamps.read(rs, "occurred_at"),
                rs.getString("username"),
                rs.getString("roles"),
                AuditAction.valueOf(rs.getString("action_name")),
                AuditObjectType.valueOf(rs.getString("object_type")),
                rs.getString("object_id"),
                rs.getString("authorization_id"),
                rs.getString("justification"),
                AuditResult.valueOf(rs.getString("outcome")),
                rs.getString("detail"));
        return new AuditEntry(rs.getLong("seq"), record, rs.getString("previous_hash"), rs.getString("entry_hash"));
    }

    /** Reads the single row of {@code audit_head} or {@code audit_anchor}, optionally locking it. */
    static AuditAnchor pointer(JdbcClient jdbc, String table, boolean lock) {
        return jdbc.sql("SELECT seq, entry_hash FROM " + table + " WHERE id = 1" + (lock ? " FOR UPDATE" : ""))
                .query((rs, row) -> new AuditAnchor(rs.getLong("seq"), rs.getString("entry_hash")))
                .optional()
                .orElseThrow(() -> new IllegalStateException("the row of " + table + " is missing: not migrated?"));
    }

    static void movePointer(JdbcClient jdbc, String table, AuditAnchor to) {
        jdbc.sql("UPDATE " + table + " SET seq = :seq, entry_hash = :hash WHERE id = 1")
                .param("seq", to.seq())
                .param("hash", to.hash())
                .update();
    }
}
