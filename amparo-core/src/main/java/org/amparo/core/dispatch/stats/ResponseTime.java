package org.amparo.core.dispatch.stats;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Summary of one response interval over a group of incidents. Immutable.
 *
 * @param count how many incidents of the group have the interval (both ends on their timeline)
 * @param mean the mean, whole milliseconds; null when {@code count} is 0
 * @param max the longest; null when {@code count} is 0
 */
public record ResponseTime(
        long count, @Nullable Duration mean, @Nullable Duration max) {
    public static final ResponseTime NONE = new ResponseTime(0, null, null);

    public ResponseTime {
        if (count < 0 || (count == 0) != (mean == null) || (mean == null) != (max == null)) {
            throw new IllegalArgumentException("mean and max are set exactly when count is positive");
        }
    }
}
