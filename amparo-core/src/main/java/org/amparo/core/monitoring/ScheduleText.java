package org.amparo.core.monitoring;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.amparo.core.geo.rule.WeeklySchedule;
import org.amparo.core.geo.rule.WeeklyWindow;

/**
 * A {@link WeeklySchedule} as one line of text, the form the stores keep:
 * {@code America/Guayaquil;MONDAY,TUESDAY@22:00-06:00;SATURDAY@00:00-12:00}. Stateless.
 */
public final class ScheduleText {
    private ScheduleText() {}

    public static String format(WeeklySchedule schedule) {
        StringBuilder text = new StringBuilder(schedule.timeZone().getId());
        for (WeeklyWindow window : schedule.windows()) {
            List<String> days =
                    EnumSet.copyOf(window.days()).stream().map(DayOfWeek::name).toList();
            text.append(';')
                    .append(String.join(",", days))
                    .append('@')
                    .append(window.start())
                    .append('-')
                    .append(window.end());
        }
        return text.toString();
    }

    /** Reads what {@link #format} wrote; throws {@link IllegalArgumentException} on anything else. */
    public static WeeklySchedule parse(String text) {
        String[] parts = text.split(";");
        if (parts.length < 2) {
            throw new IllegalArgumentException("a schedule has a time zone and at least one window: " + text);
        }
        List<WeeklyWindow> windows = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String[] daysAndTimes = parts[i].split("@");
            String[] times = daysAndTimes.length == 2 ? daysAndTimes[1].split("-") : new String[0];
            if (times.length != 2) {
                throw new IllegalArgumentException("not a window: " + parts[i]);
            }
            Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
            for (String day : daysAndTimes[0].split(",")) {
                days.add(DayOfWeek.valueOf(day));
            }
            windows.add(new WeeklyWindow(days, LocalTime.parse(times[0]), LocalTime.parse(times[1])));
        }
        return new WeeklySchedule(ZoneId.of(parts[0]), windows);
    }
}
