package org.amparo.core.geo.rule;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;

/**
 * A window of local time that opens on each of {@code days} at {@code start} and closes at {@code
 * end} the same day, or the next day when {@code end} is not after {@code start} (22:00-06:00 runs
 * across midnight). Half-open: the start belongs to the window, the end does not. Immutable.
 *
 * @param days the days on which the window opens; not empty
 * @param start local opening time
 * @param end local closing time; differs from start
 */
public record WeeklyWindow(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
    public WeeklyWindow {
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a weekly window opens on at least one day");
        }
        if (start.equals(end)) {
            throw new IllegalArgumentException("a weekly window has a start different from its end");
        }
        days = Set.copyOf(EnumSet.copyOf(days));
    }

    /** Every day of the week. */
    public static WeeklyWindow daily(LocalTime start, LocalTime end) {
        return new WeeklyWindow(EnumSet.allOf(DayOfWeek.class), start, end);
    }

    /** Whether the window contains the local date-time. */
    public boolean contains(LocalDateTime local) {
        LocalTime time = local.toLocalTime();
        DayOfWeek day = local.getDayOfWeek();
        if (start.isBefore(end)) {
            return days.contains(day) && !time.isBefore(start) && time.isBefore(end);
        }
        return (days.contains(day) && !time.isBefore(start)) || (days.contains(day.minus(1)) && time.isBefore(end));
    }
}
