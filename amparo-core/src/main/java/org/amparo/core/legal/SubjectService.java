package org.amparo.core.legal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Outcome;
import org.amparo.core.engine.Transactions;
import org.jspecify.annotations.Nullable;

/**
 * Creation and reading of subjects. Every read of a subject is personal data: it needs a written
 * justification and is audited with it (CHARTER section 5). Thread-safe.
 */
public final class SubjectService {
    /** Shortest justification accepted, in characters: a reason, not a token. */
    public static final int MIN_JUSTIFICATION = 10;

    private final Transactions tx;
    private final SubjectStore subjects;
    private final AuditLog audit;
    private final Clock clock;
    private final Ids ids;

    public SubjectService(Transactions tx, SubjectStore subjects, AuditLog audit, Clock clock, Ids ids) {
        this.tx = tx;
        this.subjects = subjects;
        this.audit = audit;
        this.clock = clock;
        this.ids = ids;
    }

    public Outcome<Subject> create(Actor actor, String name, DataSubjectCategory category, boolean demo) {
        Instant now = clock.instant();
        String trimmed = name.strip();
        if (trimmed.isEmpty() || trimmed.length() > Subject.MAX_NAME_LENGTH) {
            return Outcome.invalid(
                    "name",
                    "a subject is one named individual: name must have 1.." + Subject.MAX_NAME_LENGTH + " characters");
        }
        Subject subject = new Subject(new SubjectId(ids.next()), trimmed, category, now, actor.username(), demo);
        return tx.inTransaction(() -> {
            subjects.insert(subject);
            audit.append(AuditRecord.by(actor, now)
                    .detail("category=" + category)
                    .success(AuditAction.CREATE, AuditObjectType.SUBJECT, subject.id()));
            return new Outcome.Done<>(subject);
        });
    }

    /** Reads one subject; refused without a justification of at least {@value #MIN_JUSTIFICATION} characters. */
    public Outcome<Subject> read(Actor actor, SubjectId id, @Nullable String justification) {
        Instant now = clock.instant();
        if (justification == null
                || justification.strip().length() < MIN_JUSTIFICATION
                || justification.length() > AuditRecord.MAX_TEXT) {
            tx.inTransaction(() -> audit.append(AuditRecord.by(actor, now)
                    .detail("read without justification")
                    .denied(AuditAction.READ, AuditObjectType.SUBJECT, id)));
            return Outcome.invalid(
                    "justification",
                    "reading personal data needs a written justification of at least " + MIN_JUSTIFICATION
                            + " characters");
        }
        return tx.inTransaction(() -> {
            Optional<Subject> found = subjects.find(id);
            if (found.isEmpty()) {
                // A read attempt is audited even when it finds nothing: probing for ids is a use too.
                audit.append(AuditRecord.by(actor, now)
                        .justification(justification.strip())
                        .detail("not found")
                        .denied(AuditAction.READ, AuditObjectType.SUBJECT, id));
                return new Outcome.NotFound<>("subject " + id);
            }
            audit.append(AuditRecord.by(actor, now)
                    .justification(justification.strip())
                    .success(AuditAction.READ, AuditObjectType.SUBJECT, id));
            return new Outcome.Done<>(found.get());
        });
    }
}
