package org.amparo.core.face;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A legal hold (CHARTER section 6): the match, its sighting and its probe crop are attached to an
 * open case and kept past their maximum age until the hold is released. Who placed and released it
 * and when are kept with it. Immutable.
 *
 * @param id identifier
 * @param matchId the held match
 * @param caseReference the case file it is attached to, e.g. a prosecutor's case number
 * @param placedBy who placed it
 * @param placedAt when
 * @param releasedBy who released it, or null while it holds
 * @param releasedAt when, or null while it holds
 */
public record LegalHold(
        UUID id,
        FaceMatchId matchId,
        String caseReference,
        String placedBy,
        Instant placedAt,
        @Nullable String releasedBy,
        @Nullable Instant releasedAt) {
    /** Longest case reference, in characters. */
    public static final int MAX_CASE_REFERENCE = 100;

    public LegalHold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(matchId, "matchId");
        if (!validCaseReference(caseReference)) {
            throw new IllegalArgumentException("case reference must be 1.." + MAX_CASE_REFERENCE + " characters");
        }
        if ((releasedBy == null) != (releasedAt == null)) {
            throw new IllegalArgumentException("a release names who and when");
        }
    }

    public static boolean validCaseReference(String reference) {
        return !reference.isBlank()
                && reference.length() <= MAX_CASE_REFERENCE
                && reference.chars().noneMatch(Character::isISOControl);
    }

    /** Whether it still holds. */
    public boolean active() {
        return releasedAt == null;
    }

    /** This hold released by {@code username} at {@code at}. */
    public LegalHold release(String username, Instant at) {
        return new LegalHold(id, matchId, caseReference, placedBy, placedAt, username, at);
    }
}
