package org.amparo.core.audit;

import java.time.Instant;
import java.util.Objects;

/**
 * How often one kind of audited action ran under one authorization: the count and the first and last
 * time. Counts only, no user, object or justification, so a summary of uses can be shown without
 * exposing the entries themselves. Immutable.
 *
 * @param action what was done
 * @param objectType to what kind of object
 * @param result success or denied
 * @param count how many entries, at least 1
 * @param first the earliest entry's time
 * @param last the latest entry's time, not before {@code first}
 */
public record AuditUsage(
        AuditAction action, AuditObjectType objectType, AuditResult result, long count, Instant first, Instant last) {
    public AuditUsage {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(result, "result");
        if (count < 1) {
            throw new IllegalArgumentException("a usage counts at least one entry");
        }
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("last must not be before first");
        }
    }
}
