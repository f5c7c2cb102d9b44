package org.amparo.core.face;

import java.util.List;
import java.util.Optional;
import org.amparo.core.legal.AuthorizationId;

/** Persistence of sightings and face matches with their verdicts. Called inside a transaction; thread-safe. */
public interface FaceMatchStore {
    /** Stores the sighting and the match. */
    void insert(FaceMatch match);

    Optional<FaceMatch> find(FaceMatchId id);

    /** Like {@link #find} but locks the match until the transaction ends, for a verdict. */
    Optional<FaceMatch> findForUpdate(FaceMatchId id);

    /** Stores {@code verdict} and the status of {@code updated}, which is the stored match with it. */
    void addVerdict(FaceMatch updated, Verdict verdict);

    List<FaceMatch> list(FaceMatchQuery query);

    /** Deletes the matches, verdicts and sightings produced under {@code id}; returns how many rows. */
    long deleteUnder(AuthorizationId id);
}
