package org.amparo.core.legal;

import java.time.Instant;

/** A lifecycle event of an authorization, published after its transaction commits. */
public sealed interface AuthorizationEvent {
    AuthorizationId authorizationId();

    Instant at();

    record Requested(AuthorizationId authorizationId, Instant at, boolean urgent) implements AuthorizationEvent {}

    record Approved(AuthorizationId authorizationId, Instant at) implements AuthorizationEvent {}

    /** Rejected by an approver; everything produced under it has been deleted. */
    record Rejected(AuthorizationId authorizationId, Instant at, long deletedRecords) implements AuthorizationEvent {}

    record Revoked(AuthorizationId authorizationId, Instant at) implements AuthorizationEvent {}

    /** Ended by time: its window closed, or an urgent request was not decided within its deadline. */
    record Expired(AuthorizationId authorizationId, Instant at, boolean urgentDeadlineLapsed, long deletedRecords)
            implements AuthorizationEvent {}
}
