package org.amparo.core.dispatch.stats;

import org.amparo.core.dispatch.ProvinceRef;
import org.jspecify.annotations.Nullable;

/**
 * Incidents of one province in a period and in the same period a year earlier, to check claims such as "crime fell
 * 24% after the system was installed". Immutable.
 *
 * @param province the province, or null for incidents without one
 * @param before incidents in the period a year earlier
 * @param after incidents in the period
 * @param changePercent {@code (after - before) / before * 100}; null when {@code before} is 0
 */
public record ProvinceComparison(
        @Nullable ProvinceRef province,
        long before,
        long after,
        @Nullable Double changePercent) {
    public ProvinceComparison {
        if (before < 0 || after < 0) {
            throw new IllegalArgumentException("counts are not negative");
        }
    }

    public static ProvinceComparison of(@Nullable ProvinceRef province, long before, long after) {
        Double change = before == 0 ? null : (after - before) * 100.0 / before;
        return new ProvinceComparison(province, before, after, change);
    }
}
