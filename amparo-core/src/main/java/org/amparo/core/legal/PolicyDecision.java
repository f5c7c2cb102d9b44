package org.amparo.core.legal;

/** The answer of {@link ProcessingPolicy}: permitted under one authorization, or denied with a reason. */
public sealed interface PolicyDecision {

    /** Processing may happen under {@code authorizationId}. */
    record Permit(AuthorizationId authorizationId, Purpose purpose) implements PolicyDecision {}

    /** Processing must not happen; the data is dropped and only counted. */
    record Deny(Reason reason, String detail) implements PolicyDecision {}

    /**
     * Why processing is denied, from the least to the most specific: when several authorizations
     * exist, the most specific reason among them is reported.
     */
    enum Reason {
        NO_AUTHORIZATION,
        REJECTED,
        REVOKED,
        EXPIRED,
        URGENT_DEADLINE_LAPSED,
        AWAITING_APPROVAL,
        NOT_YET_VALID,
        DATA_KIND_NOT_COVERED,
        CAMERA_NOT_COVERED,
        OUTSIDE_AREA
    }

    default boolean permitted() {
        return this instanceof Permit;
    }
}
