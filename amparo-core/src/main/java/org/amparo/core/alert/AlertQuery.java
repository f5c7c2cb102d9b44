package org.amparo.core.alert;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A filter of alerts: raised at or after {@code since}, of a type, in a status (each null: any),
 * newest first, at most {@code limit}. Immutable.
 */
public record AlertQuery(@Nullable Instant since, @Nullable AlertType type, Set<AlertStatus> statuses, int limit) {
    /** Most alerts one query returns. */
    public static final int MAX_LIMIT = 1000;

    /** The statuses an operator still has to handle. */
    public static final Set<AlertStatus> OPEN =
            Set.copyOf(EnumSet.of(AlertStatus.RAISED, AlertStatus.ESCALATED, AlertStatus.ACKNOWLEDGED));

    /** The statuses as a set: one, or any when null. */
    public static Set<AlertStatus> only(@Nullable AlertStatus status) {
        return status == null ? Set.of() : Set.of(status);
    }

    public AlertQuery {
        statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be in 1.." + MAX_LIMIT);
        }
    }
}
