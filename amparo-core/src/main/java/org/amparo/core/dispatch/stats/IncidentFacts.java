package org.amparo.core.dispatch.stats;

import java.time.Instant;
import java.util.Objects;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.dispatch.ProvinceRef;
import org.jspecify.annotations.Nullable;

/**
 * The non-personal facts of one incident that statistics count. Immutable.
 *
 * @param createdAt when the incident was opened (the call)
 * @param type its type
 * @param priority its priority
 * @param province its province, or null when it has no location or lies outside every province
 * @param firstDispatch when the first unit was dispatched (timeline), or null
 * @param firstOnScene when the first unit reported on scene (timeline), or null
 */
public record IncidentFacts(
        Instant createdAt,
        IncidentType type,
        Priority priority,
        @Nullable ProvinceRef province,
        @Nullable Instant firstDispatch,
        @Nullable Instant firstOnScene) {
    public IncidentFacts {
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(priority, "priority");
    }
}
