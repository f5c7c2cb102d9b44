package org.amparo.server.api;

import java.time.Instant;
import org.amparo.core.face.LegalHold;
import org.amparo.core.face.LegalHoldService;
import org.amparo.server.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Legal holds on a face match's evidence (CHARTER section 6): placed for an open case, the match, its
 * sighting and its probe crop outlive their maximum age until released. Investigators and supervisors;
 * audited by the core.
 */
@RestController
public class LegalHoldController {
    private final LegalHoldService holds;

    public LegalHoldController(LegalHoldService holds) {
        this.holds = holds;
    }

    /** The request: the open case the evidence is attached to. */
    record HoldRequest(@Nullable String caseReference) {}

    /** A hold as the API shows it. */
    record HoldView(
            String id,
            String matchId,
            String caseReference,
            String placedBy,
            Instant placedAt,
            @Nullable String releasedBy,
            @Nullable Instant releasedAt,
            boolean active) {
        static HoldView of(LegalHold h) {
            return new HoldView(
                    h.id().toString(),
                    h.matchId().toString(),
                    h.caseReference(),
                    h.placedBy(),
                    h.placedAt(),
                    h.releasedBy(),
                    h.releasedAt(),
                    h.active());
        }
    }

    /** Places a hold on the face match {@code id}: 201, or 409 when it is already held. */
    @PostMapping("/api/v1/evidence/{id}/hold")
    ResponseEntity<HoldView> place(@PathVariable String id, @RequestBody HoldRequest body, Authentication auth) {
        String reference = body.caseReference() == null ? "" : body.caseReference();
        LegalHold hold = Outcomes.value(holds.place(CurrentActor.of(auth), EvidenceController.match(id), reference));
        return ResponseEntity.status(HttpStatus.CREATED).body(HoldView.of(hold));
    }

    /** Releases the active hold on the face match {@code id}: the case closed. */
    @DeleteMapping("/api/v1/evidence/{id}/hold")
    HoldView release(@PathVariable String id, Authentication auth) {
        return HoldView.of(Outcomes.value(holds.release(CurrentActor.of(auth), EvidenceController.match(id))));
    }
}
