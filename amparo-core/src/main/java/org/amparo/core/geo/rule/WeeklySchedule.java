package org.amparo.core.geo.rule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/**
 * When a rule applies: the union of weekly windows in local time of a named time zone (e.g.
 * America/Guayaquil). Daylight-saving gaps and overlaps follow {@link LocalDateTime#ofInstant}: an
 * instant is judged by the wall-clock time shown at it. Immutable and thread-safe.
 *
 * @param timeZone the zone whose wall clock the windows follow
 * @param windows at least one window
 */
public record WeeklySchedule(ZoneId timeZone, List<WeeklyWindow> windows) {
    public WeeklySchedule {
        if (windows.isEmpty()) {
            throw new IllegalArgumentException("a schedule needs at least one window");
        }
        windows = List.copyOf(windows);
    }

    /** Whether some window contains the instant, read on the schedule's wall clock. */
    public boolean contains(Instant instant) {
        LocalDateTime local = LocalDateTime.ofInstant(instant, timeZone);
        for (WeeklyWindow window : windows) {
            if (window.contains(local)) {
                return true;
            }
        }
        return false;
    }
}
