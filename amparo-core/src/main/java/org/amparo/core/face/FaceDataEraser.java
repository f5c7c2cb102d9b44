package org.amparo.core.face;

import org.amparo.core.evidence.EvidenceStore;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.ProducedDataEraser;

/**
 * Deletes everything face identification produced under an authorization when the charter requires
 * it (rejection, an urgent use that lapsed undecided): matches with their verdicts and sightings,
 * the watchlist entry with its templates, and the evidence (enrolment photos and probe crops). The
 * gallery drops the entry when the lifecycle event reaches the {@link GalleryMaintainer}. Runs in the
 * caller's transaction. Thread-safe.
 */
public final class FaceDataEraser implements ProducedDataEraser {
    private final FaceMatchStore matches;
    private final WatchlistStore watchlist;
    private final EvidenceStore evidence;

    public FaceDataEraser(FaceMatchStore matches, WatchlistStore watchlist, EvidenceStore evidence) {
        this.matches = matches;
        this.watchlist = watchlist;
        this.evidence = evidence;
    }

    @Override
    public String name() {
        return "face matches, watchlist entries and evidence";
    }

    @Override
    public long eraseProducedUnder(AuthorizationId id) {
        return matches.deleteUnder(id) + watchlist.deleteUnder(id) + evidence.eraseUnder(id);
    }
}
