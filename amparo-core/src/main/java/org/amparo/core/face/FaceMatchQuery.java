package org.amparo.core.face;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A filter of face matches: in a status and raised at or after {@code since} (each null: any), newest
 * first, at most {@code limit}. Immutable.
 */
public record FaceMatchQuery(
        @Nullable FaceMatchStatus status, @Nullable Instant since, int limit) {
    /** Most matches one query returns. */
    public static final int MAX_LIMIT = 1000;

    public FaceMatchQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT);
        }
    }
}
