package org.amparo.store.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditAnchor;
import org.amparo.core.audit.AuditChain;
import org.amparo.core.audit.AuditEntry;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.AuditResult;
import org.amparo.core.audit.AuditUsage;
import org.amparo.core.audit.AuditVerification;
import org.amparo.store.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@link AuditLog} on {@code audit_log}. An append locks the single {@code audit_head} row, links
 * the record to the head with {@link AuditChain#link}, inserts it and moves the head, all in the
 * caller's transaction: concurrent appends queue on the lock, so sequence numbers stay gapless and
 * the chain linear, and the entry commits or rolls back with the audited action.
 *
 * <p>{@link #verify} streams the kept entries from {@code audit_anchor} in pages, so memory stays
 * bounded however long the log, and also checks that the chain reaches the head, so that entries
 * cut off the end are reported too. Thread-safe.
 */
public final class JdbcAuditLog implements AuditLog {
    /** Entries read per query while verifying. */
    static final int DEFAULT_PAGE_SIZE = 1_000;

    /** Verifications restarted when a purge moved the anchor meanwhile, before the result stands. */
    private static final int VERIFY_ATTEMPTS = 3;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final int pageSize;

    public JdbcAuditLog(DataSource dataSource) {
        this(dataSource, DEFAULT_PAGE_SIZE);
    }

    /** With {@code pageSize} entries read per query while verifying; tests use small pages. */
    JdbcAuditLog(DataSource dataSource, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive");
        }
        this.jdbc = JdbcClient.create(dataSource);
        this.template = new JdbcTemplate(dataSource);
        this.pageSize = pageSize;
    }

    /**
     * @throws IllegalStateException when called outside a transaction: the entry must commit with the
     *     audited action, and the head lock must be held until it does
     */
    @Override
    public AuditEntry append(AuditRecord record) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an audit entry is appended inside the audited action's transaction");
        }
        AuditAnchor head = AuditRows.pointer(jdbc, "audit_head", true);
        AuditEntry entry = AuditChain.link(head, record);
        insert(entry);
        AuditRows.movePointer(jdbc, "audit_head", AuditChain.anchorOf(entry));
        return entry;
    }

    /**
     * Locks the head once, links the records one after the other and inserts them in one batch: the
     * same entries as appending them one by one, in a few round trips.
     *
     * @throws IllegalStateException when called outside a transaction, as {@link #append}
     */
    @Override
    public List<AuditEntry> appendAll(List<AuditRecord> records) {
        if (records.size() < 2) {
            return records.stream().map(this::append).toList();
        }
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("an audit entry is appended inside the audited action's transaction");
        }
        AuditAnchor head = AuditRows.pointer(jdbc, "audit_head", true);
        List<AuditEntry> entries = new ArrayList<>(records.size());
        for (AuditRecord record : records) {
            AuditEntry entry = AuditChain.link(head, record);
            entries.add(entry);
            head = AuditChain.anchorOf(entry);
        }
        template.batchUpdate(INSERT_POSITIONAL, entries, entries.size(), (ps, entry) -> {
            AuditRecord r = entry.record();
            ps.setLong(1, entry.seq());
            ps.setObject(2, Timestamps.param(r.at()).getValue());
            ps.setString(3, r.username());
            ps.setString(4, r.roles());
            ps.setString(5, r.action().name());
            ps.setString(6, r.objectType().name());
            ps.setString(7, r.objectId());
            ps.setString(8, r.authorizationId());
            ps.setString(9, r.justification());
            ps.setString(10, r.result().name());
            ps.setString(11, r.detail());
            ps.setString(12, entry.previousHash());
            ps.setString(13, entry.hash());
        });
        AuditRows.movePointer(jdbc, "audit_head", head);
        return entries;
    }

    private static final String INSERT_POSITIONAL = """
            INSERT INTO audit_log (seq, occurred_at, username, roles, action_name, object_type,
                object_id, authorization_id, justification, outcome, detail, previous_hash, entry_hash)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private void insert(AuditEntry entry) {
        AuditRecord r = entry.record();
        jdbc.sql("""
                        INSERT INTO audit_log (seq, occurred_at, username, roles, action_name, object_type,
                            object_id, authorization_id, justification, outcome, detail, previous_hash, entry_hash)
                        VALUES (:seq, :at, :username, :roles, :action, :objectType, :objectId,
                            :authorizationId, :justification, :outcome, :detail, :previousHash, :hash)""")
                .param("seq", entry.seq())
                .param("at", Timestamps.param(r.at()))
                .param("username", r.username())
                .param("roles", r.roles())
                .param("action", r.action().name())
                .param("objectType", r.objectType().name())
                .param("objectId", r.objectId())
                .param("authorizationId", r.authorizationId())
                .param("justification", r.justification())
                .param("outcome", r.result().name())
                .param("detail", r.detail())
                .param("previousHash", entry.previousHash())
                .param("hash", entry.hash())
                .update();
    }

    @Override
    public List<AuditEntry> between(Instant from, Instant to, int limit) {
        return jdbc.sql(AuditRows.SELECT_ENTRIES
                        + " WHERE occurred_at >= :from AND occurred_at < :to ORDER BY occurred_at, seq LIMIT :limit")
                .param("from", Timestamps.param(from))
                .param("to", Timestamps.param(to))
                .param("limit", limit)
                .query(AuditRows::entry)
                .list();
    }

    @Override
    public List<AuditEntry> latest(int limit) {
        return jdbc.sql(AuditRows.SELECT_ENTRIES + " ORDER BY seq DESC LIMIT :limit")
                .param("limit", limit)
                .query(AuditRows::entry)
                .list();
    }

    @Override
    public List<AuditUsage> usage(String authorizationId) {
        return jdbc.sql("""
                        SELECT action_name, object_type, outcome, COUNT(*) AS n,
                               MIN(occurred_at) AS first_at, MAX(occurred_at) AS last_at
                        FROM audit_log WHERE authorization_id = :authorizationId
                        GROUP BY action_name, object_type, outcome
                        ORDER BY first_at, action_name, object_type, outcome""")
                .param("authorizationId", authorizationId)
                .query((rs, row) -> new AuditUsage(
                        AuditAction.valueOf(rs.getString("action_name")),
                        AuditObjectType.valueOf(rs.getString("object_type")),
                        AuditResult.valueOf(rs.getString("outcome")),
                        rs.getLong("n"),
                        Timestamps.read(rs, "first_at"),
                        Timestamps.read(rs, "last_at")))
                .list();
    }

    @Override
    public AuditVerification verify() {
        AuditVerification result = verifyOnce();
        for (int attempt = 1; attempt < VERIFY_ATTEMPTS && result instanceof AuditVerification.Broken; attempt++) {
            AuditVerification again = verifyOnce();
            if (again.equals(result)) {
                return result;
            }
            result = again;
        }
        return result;
    }

    /**
     * One pass from anchor to head. A purge that runs meanwhile can make entries vanish under the
     * pass; {@link #verify} repeats a failed pass and reports a break only once it is seen twice.
     */
    private AuditVerification verifyOnce() {
        AuditAnchor anchor = AuditRows.pointer(jdbc, "audit_anchor", false);
        AuditAnchor head = AuditRows.pointer(jdbc, "audit_head", false);
        AuditVerification result = AuditChain.verify(anchor, new AuditPages(jdbc, anchor.seq(), head.seq(), pageSize));
        if (!(result instanceof AuditVerification.Valid valid)) {
            return result;
        }
        if (valid.lastSeq() != head.seq()) {
            long missing = valid.lastSeq() + 1;
            return new AuditVerification.Broken(
                    valid.verifiedEntries(), missing, "entry " + missing + " is missing: the log ends before its head");
        }
        if (valid.verifiedEntries() > 0 && !Objects.equals(lastHash(head.seq()), head.hash())) {
            return new AuditVerification.Broken(
                    valid.verifiedEntries() - 1, head.seq(), "the last entry does not match the recorded head");
        }
        return valid;
    }

    private String lastHash(long seq) {
        return jdbc.sql("SELECT entry_hash FROM audit_log WHERE seq = :seq")
                .param("seq", seq)
                .query(String.class)
                .optional()
                .orElse("");
    }
}
