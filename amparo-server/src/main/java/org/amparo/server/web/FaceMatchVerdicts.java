package org.amparo.server.web;

import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.engine.Outcome;
import org.amparo.core.face.FaceMatch;
import org.amparo.core.face.FaceMatchId;
import org.amparo.core.face.FaceMatchService;
import org.amparo.core.face.VerdictKind;
import org.amparo.server.events.FaceMatchEvents;
import org.jspecify.annotations.Nullable;

/**
 * A reviewer's verdict on a face match, given from a page: the alert queue and the review page read the form alike
 * and leave every rule (roles, two different confirmers, one verdict per person) to {@link FaceMatchService}.
 */
final class FaceMatchVerdicts {
    private FaceMatchVerdicts() {}

    /**
     * Decides the verdict named by the form; a recorded one is announced live.
     *
     * @param id the match's id as the path gave it
     * @param verdict {@code CONFIRM} or {@code REJECT}; anything else is refused as invalid
     */
    static Outcome<FaceMatch> decide(
            FaceMatchService matches, FaceMatchEvents events, Actor actor, String id, @Nullable String verdict) {
        Optional<FaceMatchId> parsed = FormValues.parse(id, FaceMatchId::parse);
        Optional<VerdictKind> kind = FormValues.parse(verdict == null ? "" : verdict, VerdictKind::valueOf);
        Outcome<FaceMatch> outcome;
        if (parsed.isEmpty()) {
            outcome = new Outcome.NotFound<>("face match " + id);
        } else if (kind.isEmpty()) {
            outcome = Outcome.invalid("verdict", "CONFIRM or REJECT");
        } else {
            outcome = matches.decide(actor, parsed.get(), kind.get());
        }
        if (outcome instanceof Outcome.Done<FaceMatch>(FaceMatch decided)) {
            events.decided(decided);
        }
        return outcome;
    }
}
