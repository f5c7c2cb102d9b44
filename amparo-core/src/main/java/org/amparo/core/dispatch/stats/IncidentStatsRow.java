package org.amparo.core.dispatch.stats;

import java.time.LocalDate;
import java.util.Objects;
import org.amparo.core.dispatch.IncidentType;
import org.amparo.core.dispatch.Priority;
import org.amparo.core.dispatch.ProvinceRef;
import org.jspecify.annotations.Nullable;

/**
 * Incidents of one period, province, type and priority. Immutable.
 *
 * @param period the first day of the period
 * @param province the province, or null for incidents without one
 * @param type incident type
 * @param priority incident priority
 * @param incidents how many were opened
 * @param callToDispatch from opening to the first dispatch
 * @param dispatchToScene from the first dispatch to the first unit on scene
 */
public record IncidentStatsRow(
        LocalDate period,
        @Nullable ProvinceRef province,
        IncidentType type,
        Priority priority,
        long incidents,
        ResponseTime callToDispatch,
        ResponseTime dispatchToScene) {
    public IncidentStatsRow {
        Objects.requireNonNull(period, "period");
        if (incidents < 1) {
            throw new IllegalArgumentException("a row counts at least one incident");
        }
    }
}
