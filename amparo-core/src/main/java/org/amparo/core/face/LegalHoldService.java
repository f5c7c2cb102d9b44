package org.amparo.core.face;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.Refusals;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Outcome;
import org.amparo.core.engine.Transactions;

/**
 * Places and releases legal holds on face matches (CHARTER section 6): a held match keeps its
 * sighting and probe crop past their maximum age until the case closes and the hold is released;
 * then the next purge deletes them if they are past age. Investigators and supervisors place and
 * release holds; every placement, release and refusal is audited. Thread-safe.
 */
public final class LegalHoldService {
    private final Transactions tx;
    private final FaceMatchStore matches;
    private final LegalHoldStore holds;
    private final AuditLog audit;
    private final Clock clock;
    private final Ids ids;

    public LegalHoldService(
            Transactions tx, FaceMatchStore matches, LegalHoldStore holds, AuditLog audit, Clock clock, Ids ids) {
        this.tx = tx;
        this.matches = matches;
        this.holds = holds;
        this.audit = audit;
        this.clock = clock;
        this.ids = ids;
    }

    /** Whether {@code actor} may place and release holds. */
    public static boolean mayHold(Actor actor) {
        return actor.has(Role.INVESTIGATOR) || actor.has(Role.SUPERVISOR);
    }

    /** Places a hold for {@code caseReference}; a second active hold on the same match is a conflict. */
    public Outcome<LegalHold> place(Actor actor, FaceMatchId matchId, String caseReference) {
        Instant now = clock.instant();
        Outcome<LegalHold> outcome;
        if (!mayHold(actor)) {
            outcome = new Outcome.Forbidden<>("only investigators and supervisors place legal holds");
        } else if (!LegalHold.validCaseReference(caseReference)) {
            outcome = Outcome.invalid(
                    "caseReference", "1.." + LegalHold.MAX_CASE_REFERENCE + " characters naming the open case");
        } else {
            outcome = tx.inTransaction(() -> {
                Optional<FaceMatch> match = matches.findForUpdate(matchId);
                if (match.isEmpty()) {
                    return new Outcome.NotFound<>("face match " + matchId);
                }
                Optional<LegalHold> existing = holds.active(matchId);
                if (existing.isPresent()) {
                    return new Outcome.Conflict<>("match " + matchId + " is already held for case "
                            + existing.get().caseReference());
                }
                LegalHold hold =
                        new LegalHold(ids.next(), matchId, caseReference.strip(), actor.username(), now, null, null);
                holds.insert(hold);
                audit.append(AuditRecord.by(actor, now)
                        .authorization(match.get().sighting().authorizationId())
                        .detail("legal hold placed hold=" + hold.id() + " case=" + hold.caseReference())
                        .success(AuditAction.CREATE, AuditObjectType.EVIDENCE, matchId));
                return new Outcome.Done<>(hold);
            });
        }
        return Refusals.audited(
                tx, audit, actor, now, "legal hold", AuditAction.CREATE, AuditObjectType.EVIDENCE, matchId, outcome);
    }

    /** Releases the match's active hold: the case closed or the evidence is no longer needed for it. */
    public Outcome<LegalHold> release(Actor actor, FaceMatchId matchId) {
        Instant now = clock.instant();
        Outcome<LegalHold> outcome;
        if (!mayHold(actor)) {
            outcome = new Outcome.Forbidden<>("only investigators and supervisors release legal holds");
        } else {
            outcome = tx.inTransaction(() -> {
                Optional<FaceMatch> match = matches.findForUpdate(matchId);
                if (match.isEmpty()) {
                    return new Outcome.NotFound<>("face match " + matchId);
                }
                Optional<LegalHold> active = holds.active(matchId);
                if (active.isEmpty()) {
                    return new Outcome.NotFound<>("an active legal hold on match " + matchId);
                }
                LegalHold released = active.get().release(actor.username(), now);
                if (!holds.release(released)) {
                    return new Outcome.Conflict<>("the hold on match " + matchId + " was released meanwhile");
                }
                audit.append(AuditRecord.by(actor, now)
                        .authorization(match.get().sighting().authorizationId())
                        .detail("legal hold released hold=" + released.id() + " case=" + released.caseReference())
                        .success(AuditAction.UPDATE, AuditObjectType.EVIDENCE, matchId));
                return new Outcome.Done<>(released);
            });
        }
        return Refusals.audited(
                tx,
                audit,
                actor,
                now,
                "legal hold release",
                AuditAction.UPDATE,
                AuditObjectType.EVIDENCE,
                matchId,
                outcome);
    }
}
