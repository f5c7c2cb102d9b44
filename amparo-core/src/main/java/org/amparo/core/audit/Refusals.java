package org.amparo.core.audit;

import java.time.Instant;
import org.amparo.core.access.Actor;
import org.amparo.core.engine.Outcome;
import org.amparo.core.engine.Transactions;

/**
 * Audits refused attempts: a service runs its work, and when the outcome is anything but {@link Outcome.Done} this
 * appends one {@link AuditResult#DENIED} entry in a transaction of its own (the work's transaction, if any, wrote
 * nothing that counts). The refusal text must carry no personal values. Stateless and thread-safe.
 */
public final class Refusals {
    private Refusals() {}

    /**
     * Returns {@code outcome}, after auditing it as denied when it is a refusal.
     *
     * @param what a short name of the attempted action, e.g. {@code "dispatch"}
     */
    public static <T> Outcome<T> audited(
            Transactions tx,
            AuditLog audit,
            Actor actor,
            Instant at,
            String what,
            AuditAction action,
            AuditObjectType type,
            Object objectId,
            Outcome<T> outcome) {
        if (!(outcome instanceof Outcome.Done<T>)) {
            tx.inTransaction(() -> audit.append(AuditRecord.by(actor, at)
                    .detail(what + " refused: " + outcome)
                    .denied(action, type, objectId)));
        }
        return outcome;
    }
}
