package org.amparo.core.dispatch.caller;

import java.util.List;
import java.util.Map;

/**
 * Persistence of dead letters and the counts of messages refused or not kept. Counts are kept apart from the letters,
 * so that purging old letters does not lower them. Runs in the caller's transaction; thread-safe.
 */
public interface DeadLetterStore {
    /** Stores a dead letter and counts it under its {@link DeadLetter#reason()}. */
    void insert(DeadLetter letter);

    /** Counts a well-formed message that was not kept. */
    void countDropped(IntakeDrop reason);

    /** The newest dead letters first, at most {@code limit}. */
    List<DeadLetter> latest(int limit);

    /**
     * Totals since installation, by reason: the {@link org.amparo.core.ingest.emergency.InvalidReason} names of dead
     * letters and the {@link IntakeDrop} names of drops.
     */
    Map<String, Long> counts();
}
