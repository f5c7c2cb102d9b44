package org.amparo.core.face;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.Refusals;
import org.amparo.core.engine.Outcome;
import org.amparo.core.legal.Authorization;
import org.amparo.core.transparency.StatisticKind;

/**
 * Human review of face matches (CHARTER section 4). The rules:
 *
 * <ul>
 *   <li>Operators, investigators and supervisors review matches; administrators, approvers and
 *       auditors do not (approvers decided the legal basis, auditors have no live operations).
 *   <li>A match becomes {@link FaceMatchStatus#CONFIRMED} when two different people confirm it; one
 *       REJECT makes it {@link FaceMatchStatus#REJECTED}. Each person gives one verdict: a second one
 *       is a conflict, as is any verdict on a match already decided.
 *   <li>Confirmations must be independent of the hypothesis: the investigator who enrolled the entry
 *       (chose the reference photos) and the requester of its authorization may reject a match but
 *       not confirm it.
 *   <li>Confirming needs the authorization still in effect (revocation and expiry stop processing);
 *       rejecting is always possible.
 * </ul>
 *
 * Every verdict is audited with the user, and every refusal; decisions are counted for the
 * transparency report. Confirmed matches go to the {@link ConfirmedSightingListener} after commit.
 * Thread-safe.
 */
public final class FaceMatchService {
    private final FacePorts p;

    public FaceMatchService(FacePorts ports) {
        this.p = ports;
    }

    /** Records {@code actor}'s verdict on a pending match. */
    public Outcome<FaceMatch> decide(Actor actor, FaceMatchId id, VerdictKind kind) {
        Instant now = p.clock().instant();
        List<FaceMatch> confirmed = new ArrayList<>();
        Outcome<FaceMatch> outcome = !reviews(actor)
                ? new Outcome.Forbidden<>("only operators, investigators and supervisors review face matches")
                : p.tx().inTransaction(() -> {
                    Optional<FaceMatch> found = p.matches().findForUpdate(id);
                    if (found.isEmpty()) {
                        return new Outcome.NotFound<>("face match " + id);
                    }
                    Outcome<FaceMatch> result = apply(actor, found.get(), new Verdict(actor.username(), kind, now));
                    if (result instanceof Outcome.Done<FaceMatch>(FaceMatch next)
                            && next.status() == FaceMatchStatus.CONFIRMED) {
                        confirmed.add(next);
                    }
                    return result;
                });
        confirmed.forEach(p.confirmed()::confirmed);
        return Refusals.audited(
                p.tx(),
                p.audit(),
                actor,
                now,
                kind.name(),
                AuditAction.UPDATE,
                AuditObjectType.FACE_MATCH,
                id,
                outcome);
    }

    private Outcome<FaceMatch> apply(Actor actor, FaceMatch match, Verdict verdict) {
        if (match.status() != FaceMatchStatus.PENDING_CONFIRMATION) {
            return new Outcome.Conflict<>("the match is already " + match.status());
        }
        if (match.decidedBy(actor.username())) {
            return new Outcome.Conflict<>("you have already given your verdict on this match");
        }
        Optional<Authorization> a = p.authorizations().find(match.sighting().authorizationId());
        if (verdict.kind() == VerdictKind.CONFIRM) {
            Optional<Outcome<FaceMatch>> refused = confirmRefusal(actor, match, a, verdict.at());
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        FaceMatch next = match.with(verdict);
        p.matches().addVerdict(next, verdict);
        p.audit()
                .append(AuditRecord.by(actor, verdict.at())
                        .authorization(match.sighting().authorizationId())
                        .detail("verdict=" + verdict.kind() + " by=" + actor.username() + " status=" + next.status()
                                + " verifiers="
                                + next.verdicts().stream()
                                        .map(v -> v.username() + ":" + v.kind())
                                        .toList())
                        .success(AuditAction.UPDATE, AuditObjectType.FACE_MATCH, match.id()));
        String purpose = a.map(x -> x.purpose().name()).orElse("UNKNOWN");
        switch (next.status()) {
            case CONFIRMED -> p.statistics().record(StatisticKind.MATCH_CONFIRMED, purpose, verdict.at());
            case REJECTED -> p.statistics().record(StatisticKind.MATCH_REJECTED, purpose, verdict.at());
            case PENDING_CONFIRMATION -> {
                // one confirmation so far: nothing to count yet
            }
        }
        return new Outcome.Done<>(next);
    }

    private Optional<Outcome<FaceMatch>> confirmRefusal(
            Actor actor, FaceMatch match, Optional<Authorization> a, Instant now) {
        if (a.isEmpty() || !a.get().inEffectAt(now)) {
            return Optional.of(new Outcome.Conflict<>(
                    "the authorization of this match is no longer in effect: it can only be rejected"));
        }
        if (a.get().requestedBy().equals(actor.username())) {
            return Optional.of(
                    new Outcome.Forbidden<>("the requester of the authorization cannot confirm its matches"));
        }
        Optional<WatchlistEntry> entry = p.watchlist().find(match.sighting().entryId());
        if (entry.isPresent() && entry.get().enrolledBy().equals(actor.username())) {
            return Optional.of(
                    new Outcome.Forbidden<>("the investigator who enrolled the entry cannot confirm its matches"));
        }
        return Optional.empty();
    }

    /** Matches for reviewers, newest first; the read is audited. */
    public Outcome<List<FaceMatch>> list(Actor actor, FaceMatchQuery query) {
        Instant now = p.clock().instant();
        Outcome<List<FaceMatch>> outcome = !reviews(actor)
                ? new Outcome.Forbidden<>("only operators, investigators and supervisors see face matches")
                : p.tx().inTransaction(() -> {
                    List<FaceMatch> found = p.matches().list(query);
                    p.audit()
                            .append(AuditRecord.by(actor, now)
                                    .detail("list status=" + query.status() + " since=" + query.since() + " returned="
                                            + found.size())
                                    .success(AuditAction.READ, AuditObjectType.FACE_MATCH, "-"));
                    return new Outcome.Done<>(found);
                });
        return Refusals.audited(
                p.tx(), p.audit(), actor, now, "list", AuditAction.READ, AuditObjectType.FACE_MATCH, "-", outcome);
    }

    /** One match for a reviewer; the read is audited. */
    public Outcome<FaceMatch> find(Actor actor, FaceMatchId id) {
        Instant now = p.clock().instant();
        Outcome<FaceMatch> outcome = !reviews(actor)
                ? new Outcome.Forbidden<>("only operators, investigators and supervisors see face matches")
                : p.tx().inTransaction(() -> p.matches()
                        .find(id)
                        .<Outcome<FaceMatch>>map(m -> {
                            p.audit()
                                    .append(AuditRecord.by(actor, now)
                                            .authorization(m.sighting().authorizationId())
                                            .success(AuditAction.READ, AuditObjectType.FACE_MATCH, id));
                            return new Outcome.Done<>(m);
                        })
                        .orElseGet(() -> new Outcome.NotFound<>("face match " + id)));
        return Refusals.audited(
                p.tx(), p.audit(), actor, now, "read", AuditAction.READ, AuditObjectType.FACE_MATCH, id, outcome);
    }

    static boolean reviews(Actor actor) {
        return actor.has(Role.OPERATOR) || actor.has(Role.INVESTIGATOR) || actor.has(Role.SUPERVISOR);
    }
}
