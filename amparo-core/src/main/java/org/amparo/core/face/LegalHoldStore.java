package org.amparo.core.face;

import java.util.List;
import java.util.Optional;

/**
 * Persistence of legal holds. Called inside a transaction; thread-safe. Holds are deleted with
 * their match (retention after release, or erasure of everything produced under a rejected
 * authorization).
 */
public interface LegalHoldStore {
    void insert(LegalHold hold);

    /** The hold of a match that has not been released, if any (there is at most one). */
    Optional<LegalHold> active(FaceMatchId match);

    /** Stores the release of {@code released}; returns whether the hold was still active. */
    boolean release(LegalHold released);

    /** All holds of a match, placed order. */
    List<LegalHold> of(FaceMatchId match);
}
