package org.amparo.store.audit;

import java.time.Instant;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;

/** Audit records for tests. */
final class AuditRecords {
    private AuditRecords() {}

    /** A read with justification and authorization when {@code n} is even, a bare update otherwise. */
    static AuditRecord record(Instant at, int n) {
        Actor actor = new Actor("investigator" + n % 3, Set.of(Role.INVESTIGATOR, Role.SUPERVISOR));
        if (n % 2 == 0) {
            return AuditRecord.by(actor, at)
                    .authorization("3f1c2a9e-1d2b-4c3d-8e4f-5a6b7c8d9e0f")
                    .justification("revisión del caso nº " + n)
                    .detail("fields=name|category")
                    .success(AuditAction.READ, AuditObjectType.SUBJECT, "subject-" + n);
        }
        return AuditRecord.by(actor, at).detail("").denied(AuditAction.UPDATE, AuditObjectType.USER, "user-" + n);
    }
}
