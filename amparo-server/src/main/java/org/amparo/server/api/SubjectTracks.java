package org.amparo.server.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Transactions;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.legal.SubjectService;
import org.amparo.core.location.LocationFixStore;
import org.amparo.core.location.StoredFix;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Reads a subject's track for the API and the pages alike: the subject read must be justified
 * ({@link SubjectService#read}, refusals audited there), the period is at most
 * {@link #MAX_PERIOD}, and the read itself is audited with its justification and size in the
 * transaction that reads. Refusals are {@link RefusedException}s. Thread-safe.
 */
@Component
public class SubjectTracks {
    /** Longest period one read returns. */
    public static final Duration MAX_PERIOD = Duration.ofDays(31);

    /** Most fixes one read returns, oldest first. */
    public static final int MAX_FIXES = 10_000;

    private final LocationFixStore fixes;
    private final SubjectService subjects;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;

    public SubjectTracks(
            LocationFixStore fixes, SubjectService subjects, AuditLog audit, Transactions tx, Clock clock) {
        this.fixes = fixes;
        this.subjects = subjects;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    /** The fixes of {@code subject} with {@code from <= time < to}, oldest first. */
    public List<StoredFix> read(
            Actor actor, SubjectId subject, Instant from, Instant to, @Nullable String justification) {
        Outcomes.value(subjects.read(actor, subject, justification));
        if (!to.isAfter(from) || Duration.between(from, to).compareTo(MAX_PERIOD) > 0) {
            throw RefusedException.invalid(
                    "from", "a period of at most " + MAX_PERIOD.toDays() + " days, from before to");
        }
        return tx.inTransaction(() -> {
            List<StoredFix> found = fixes.track(subject, from, to, MAX_FIXES);
            audit.append(AuditRecord.by(actor, clock.instant())
                    .justification(justification == null ? null : justification.strip())
                    .detail("track from=" + from + " to=" + to + " fixes=" + found.size())
                    .success(AuditAction.READ, AuditObjectType.LOCATION_TRACK, subject));
            return found;
        });
    }
}
