package org.amparo.core.legal;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A permission, given by a judge or independent body, to process one named subject's personal data
 * for one purpose, within a scope and a validity window (CHARTER section 1). Immutable: lifecycle
 * methods return the changed copy.
 *
 * @param id identifier
 * @param subjectId the one named individual concerned
 * @param purpose the purpose from the closed list
 * @param mode live or post-event use
 * @param offence the offence, required for {@link Purpose#SERIOUS_OFFENCE_SUSPECT}, else null
 * @param scope areas, cameras and data kinds
 * @param legalBasis issuing authority, legal basis and reference
 * @param notBefore start of the validity window (inclusive)
 * @param expiresAt end of the validity window (exclusive)
 * @param urgentReason the written reason for urgent use before approval, or null when not urgent
 * @param requestedBy username of the requester
 * @param requestedAt when it was requested
 * @param status lifecycle status
 * @param decision the approval or rejection, or null while undecided
 * @param end revocation or expiry, or null while not ended that way
 * @param demo whether this is synthetic demo data
 */
public record Authorization(
        AuthorizationId id,
        SubjectId subjectId,
        Purpose purpose,
        UseMode mode,
        @Nullable Offence offence,
        Scope scope,
        LegalBasis legalBasis,
        Instant notBefore,
        Instant expiresAt,
        @Nullable String urgentReason,
        String requestedBy,
        Instant requestedAt,
        AuthorizationStatus status,
        @Nullable Decision decision,
        @Nullable Decision end,
        boolean demo) {

    public Authorization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(subjectId, "subjectId");
        if (!expiresAt.isAfter(notBefore)) {
            throw new IllegalArgumentException("expiresAt must be after notBefore");
        }
        if (purpose.requiresOffence() && offence == null) {
            throw new IllegalArgumentException(purpose + " requires an offence");
        }
        if (urgentReason != null && urgentReason.isBlank()) {
            throw new IllegalArgumentException("an urgent reason must not be blank");
        }
    }

    public boolean urgent() {
        return urgentReason != null;
    }

    /** When an undecided urgent use must stop: the request time plus 24 h (live) or 48 h (post-event). */
    public Instant urgentDeadline() {
        return requestedAt.plus(mode.urgentDecisionDeadline());
    }

    /**
     * Whether processing under this authorization may happen at {@code at}: approved and inside the
     * validity window, or requested as urgent and still before its decision deadline.
     */
    public boolean inEffectAt(Instant at) {
        boolean inWindow = !at.isBefore(notBefore) && at.isBefore(expiresAt);
        return switch (status) {
            case APPROVED -> inWindow;
            case REQUESTED -> urgent() && inWindow && at.isBefore(urgentDeadline());
            case REJECTED, REVOKED, EXPIRED -> false;
        };
    }

    public Authorization approved(Decision approval) {
        return withStatus(AuthorizationStatus.APPROVED, approval, end);
    }

    public Authorization rejected(Decision rejection) {
        return withStatus(AuthorizationStatus.REJECTED, rejection, end);
    }

    public Authorization revoked(Decision revocation) {
        return withStatus(AuthorizationStatus.REVOKED, decision, revocation);
    }

    public Authorization expired(Decision expiry) {
        return withStatus(AuthorizationStatus.EXPIRED, decision, expiry);
    }

    private Authorization withStatus(
            AuthorizationStatus next, @Nullable Decision newDecision, @Nullable Decision newEnd) {
        return new Authorization(
                id,
                subjectId,
                purpose,
                mode,
                offence,
                scope,
                legalBasis,
                notBefore,
                expiresAt,
                urgentReason,
                requestedBy,
                requestedAt,
                next,
                newDecision,
                newEnd,
                demo);
    }
}
