package org.amparo.core.audit;

import java.time.Instant;
import java.util.List;

/**
 * The audit log port. {@link #append} must run inside the caller's transaction, so that the audited
 * action and its entry commit together; implementations serialize appends so the chain stays
 * linear. Thread-safe.
 */
public interface AuditLog {
    /** Appends the record after the current head and returns the chained entry. */
    AuditEntry append(AuditRecord record);

    /**
     * Appends the records in order, each after the previous, as {@link #append} would one by one;
     * implementations may do it in fewer round trips (one head lock, one batched insert).
     */
    default List<AuditEntry> appendAll(List<AuditRecord> records) {
        return records.stream().map(this::append).toList();
    }

    /** Entries with {@code from <= at < to}, oldest first, at most {@code limit}. */
    List<AuditEntry> between(Instant from, Instant to, int limit);

    /** The newest entries, newest first, at most {@code limit}. */
    List<AuditEntry> latest(int limit);

    /**
     * The kept entries recorded under {@code authorizationId}, grouped by action, object type and
     * result, with their count and first and last time; ordered by first time. For an authorization's
     * timeline: the entries themselves stay with the auditor.
     */
    List<AuditUsage> usage(String authorizationId);

    /** Verifies the whole kept chain from its anchor. */
    AuditVerification verify();
}
