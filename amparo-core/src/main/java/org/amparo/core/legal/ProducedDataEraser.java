package org.amparo.core.legal;

/**
 * Deletes every input, result and output a capability produced under one authorization, as the
 * charter requires when a request is rejected or an urgent use lapses undecided. Each capability
 * that stores data under authorizations provides one. Runs inside the caller's transaction.
 */
public interface ProducedDataEraser {
    /** A short, non-personal name of what is erased, for the audit detail (e.g. "location fixes"). */
    String name();

    /** Deletes what was produced under {@code id}; returns how many records were deleted. */
    long eraseProducedUnder(AuthorizationId id);
}
