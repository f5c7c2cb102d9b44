package org.amparo.core.geo.track;

import static org.amparo.core.geo.track.Places.HOME;
import static org.amparo.core.geo.track.Places.north;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.rule.Rule;
import org.amparo.core.geo.rule.WeeklySchedule;
import org.amparo.core.geo.rule.WeeklyWindow;
import org.amparo.core.geo.zone.CircleZone;
import org.junit.jupiter.api.Test;

/** Weekly windows across midnight, in a named time zone, driving stay-within and curfew. */
class ScheduleRuleTest {
    private static final ZoneId GUAYAQUIL = ZoneId.of("America/Guayaquil");
    private static final WeeklyWindow WEEKNIGHTS = new WeeklyWindow(
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(22, 0), LocalTime.of(6, 0));

    /** Wall-clock time in Guayaquil (UTC-5, no daylight saving). */
    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(GUAYAQUIL).toInstant();
    }

    @Test
    void aWindowAcrossMidnightBelongsToTheDayItOpens() {
        WeeklySchedule nights = new WeeklySchedule(GUAYAQUIL, List.of(WEEKNIGHTS));
        assertThat(nights.contains(local("2025-03-07T23:30")))
                .as("Friday 23:30")
                .isTrue();
        assertThat(nights.contains(local("2025-03-08T05:59")))
                .as("Saturday 05:59, Friday's night")
                .isTrue();
        assertThat(nights.contains(local("2025-03-08T06:00")))
                .as("end is exclusive")
                .isFalse();
        assertThat(nights.contains(local("2025-03-08T22:30")))
                .as("Saturday night")
                .isFalse();
        assertThat(nights.contains(local("2025-03-10T01:00")))
                .as("Monday 01:00, Sunday's night")
                .isFalse();
        assertThat(nights.contains(local("2025-03-10T22:00")))
                .as("start is inclusive")
                .isTrue();
        assertThat(nights.contains(Instant.parse("2025-03-11T03:00:00Z")))
                .as("22:00 local is 03:00Z")
                .isTrue();
        assertThat(nights.contains(Instant.parse("2025-03-11T02:59:59Z"))).isFalse();
    }

    @Test
    void stayWithinAppliesOnlyInsideItsSchedule() {
        Rule rule = new Rule.StayWithin(
                "home-nights",
                List.of(new CircleZone("home", HOME, 300)),
                Hysteresis.NONE,
                new WeeklySchedule(GUAYAQUIL, List.of(WEEKNIGHTS)));
        SubjectMonitor m =
                new SubjectMonitor(new MonitoringOrder("o", "dev", List.of(rule), local("2025-03-10T00:00")));
        Recorder r = new Recorder();
        m.accept(north("dev", local("2025-03-10T21:00"), 0, 5), r);
        m.accept(north("dev", local("2025-03-10T21:30"), 900, 5), r);
        assertThat(m.status("home-nights").inBreach()).isFalse();
        m.accept(north("dev", local("2025-03-10T22:10"), 900, 5), r);
        m.tick(local("2025-03-11T06:00"), r);
        assertThat(r.lines())
                .containsExactly(
                        "Exited home-nights " + local("2025-03-10T21:30"),
                        "BreachStarted home-nights " + local("2025-03-10T22:10"),
                        "BreachEnded home-nights " + local("2025-03-11T06:00"));
    }

    @Test
    void curfewBreachStartsWhenTheWindowOpensWithTheSubjectAwayAndEndsOnReturn() {
        Rule curfew = new Rule.Curfew(
                "curfew",
                new CircleZone("home", HOME, 150),
                new WeeklySchedule(GUAYAQUIL, List.of(WEEKNIGHTS)),
                Hysteresis.NONE);
        SubjectMonitor m =
                new SubjectMonitor(new MonitoringOrder("o", "dev", List.of(curfew), local("2025-03-10T00:00")));
        Recorder r = new Recorder();
        m.accept(north("dev", local("2025-03-10T21:50"), 2000, 5), r);
        m.tick(local("2025-03-10T21:59:59"), r);
        assertThat(r.events).isEmpty();
        m.tick(local("2025-03-10T22:00"), r);
        m.accept(north("dev", local("2025-03-10T22:20"), 20, 5), r);
        assertThat(r.lines())
                .containsExactly(
                        "BreachStarted curfew " + local("2025-03-10T22:00"),
                        "Entered curfew " + local("2025-03-10T22:20"),
                        "BreachEnded curfew " + local("2025-03-10T22:20"));
        assertThat(r.events.getFirst().fix()).isNotNull();
    }
}
