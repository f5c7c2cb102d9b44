package org.amparo.core.retention;

import java.time.Instant;

/**
 * Deletes one batch of one data class's records older than a cutoff. Each capability that stores a
 * data class provides one. Called inside a short transaction per batch, so that no table stays
 * locked for long. Thread-safe.
 */
public interface RetentionPurger {
    DataClass dataClass();

    /** Deletes at most {@code batchSize} records older than {@code cutoff}; returns how many. */
    int purgeBatch(Instant cutoff, int batchSize);
}
