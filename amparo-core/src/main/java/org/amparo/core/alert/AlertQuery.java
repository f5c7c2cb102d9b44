package org.amparo.core.alert;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A filter of alerts: raised at or after {@code since}, of a type, in a status (each null: any),
 * newest first, at most {@code limit}. Immutable.
 */
public record AlertQuery(
        @Nullable Instant since,
        @Nullable AlertType type,
        @Nullable AlertStatus status,
        int limit) {
    /** Most alerts one query returns. */
    public static final int MAX_LIMIT = 1000;

    public AlertQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT);
        }
    }
}
