package org.amparo.core.legal;

/** Lifecycle of an authorization. Only {@link #REQUESTED} and {@link #APPROVED} can still change. */
public enum AuthorizationStatus {
    REQUESTED,
    APPROVED,
    REJECTED,
    REVOKED,
    EXPIRED;

    public boolean ended() {
        return this == REJECTED || this == REVOKED || this == EXPIRED;
    }
}
