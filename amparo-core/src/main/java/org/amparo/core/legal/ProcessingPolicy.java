package org.amparo.core.legal;

import java.time.Instant;
import java.util.List;
import org.amparo.core.legal.PolicyDecision.Deny;
import org.amparo.core.legal.PolicyDecision.Permit;
import org.amparo.core.legal.PolicyDecision.Reason;

/**
 * The single answer to "may this processing happen now, here, for this subject?" (CHARTER
 * section 1). It re-checks status, validity window, urgent deadline, data kind, area and camera on
 * every call; nothing is cached, so a revocation takes effect at the next call. Call it inside the
 * transaction that stores the result. Thread-safe.
 */
public final class ProcessingPolicy {
    private final AuthorizationLookup authorizations;

    public ProcessingPolicy(AuthorizationLookup authorizations) {
        this.authorizations = authorizations;
    }

    public PolicyDecision check(ProcessingRequest request) {
        List<Authorization> candidates = request.authorizationId() == null
                ? authorizations.forSubject(request.subjectId())
                : authorizations.find(request.authorizationId()).stream()
                        .filter(a -> a.subjectId().equals(request.subjectId()))
                        .toList();
        Deny best = new Deny(Reason.NO_AUTHORIZATION, "no authorization names this subject");
        for (Authorization authorization : candidates) {
            PolicyDecision decision = evaluate(authorization, request);
            if (decision instanceof Deny deny) {
                if (deny.reason().compareTo(best.reason()) > 0) {
                    best = deny;
                }
            } else {
                return decision;
            }
        }
        return best;
    }

    /** The decision for one authorization alone. */
    public static PolicyDecision evaluate(Authorization a, ProcessingRequest request) {
        Instant at = request.at();
        String id = a.id().toString();
        switch (a.status()) {
            case REJECTED -> {
                return new Deny(Reason.REJECTED, "authorization " + id + " was rejected");
            }
            case REVOKED -> {
                return new Deny(Reason.REVOKED, "authorization " + id + " was revoked");
            }
            case EXPIRED -> {
                return new Deny(Reason.EXPIRED, "authorization " + id + " has expired");
            }
            case REQUESTED -> {
                if (!a.urgent()) {
                    return new Deny(Reason.AWAITING_APPROVAL, "authorization " + id + " awaits a decision");
                }
                if (!at.isBefore(a.urgentDeadline())) {
                    return new Deny(
                            Reason.URGENT_DEADLINE_LAPSED,
                            "urgent use under " + id + " lapsed at " + a.urgentDeadline() + " without a decision");
                }
            }
            case APPROVED -> {
                // checked below
            }
        }
        if (at.isBefore(a.notBefore())) {
            return new Deny(Reason.NOT_YET_VALID, "authorization " + id + " is valid from " + a.notBefore());
        }
        if (!at.isBefore(a.expiresAt())) {
            return new Deny(Reason.EXPIRED, "authorization " + id + " expired at " + a.expiresAt());
        }
        return scopeDecision(a, request);
    }

    private static PolicyDecision scopeDecision(Authorization a, ProcessingRequest request) {
        Scope scope = a.scope();
        if (!scope.dataKinds().contains(request.dataKind())) {
            return new Deny(
                    Reason.DATA_KIND_NOT_COVERED, "authorization " + a.id() + " does not cover " + request.dataKind());
        }
        if (request.cameraId() != null && !scope.coversCamera(request.cameraId())) {
            return new Deny(Reason.CAMERA_NOT_COVERED, "camera " + request.cameraId() + " is outside the scope");
        }
        if (request.position() == null && !scope.areas().isEmpty()) {
            return new Deny(Reason.OUTSIDE_AREA, "the position is unknown and the scope is limited to areas");
        }
        if (request.position() != null && !scope.covers(request.position())) {
            return new Deny(Reason.OUTSIDE_AREA, "the position is outside the authorized areas");
        }
        return new Permit(a.id(), a.purpose());
    }
}
