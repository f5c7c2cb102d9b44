package org.amparo.core.geo.track;

import static org.amparo.core.geo.track.Places.north;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.rule.Rule;
import org.junit.jupiter.api.Test;

/** Silence (on ticks and on replay) and low battery. */
class DeviceRuleTest {
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    private static SubjectMonitor monitor(Rule rule) {
        return new SubjectMonitor(new MonitoringOrder("o", "dev", List.of(rule), T0));
    }

    @Test
    void silenceIsNoticedByATickAndEndsWithTheNextFix() {
        SubjectMonitor m = monitor(new Rule.Silence("silence", Duration.ofMinutes(5)));
        Recorder r = new Recorder();
        m.tick(T0.plusSeconds(300), r);
        assertThat(r.events).isEmpty();
        m.tick(T0.plusSeconds(301), r);
        assertThat(r.lines()).containsExactly("BreachStarted silence " + T0.plusSeconds(300));
        assertThat(r.events.getFirst().fix()).isNull();
        m.accept(north("dev", T0.plusSeconds(400), 0, 5), r);
        m.tick(T0.plusSeconds(500), r);
        m.tick(T0.plusSeconds(800), r);
        assertThat(r.lines())
                .containsExactly(
                        "BreachStarted silence " + T0.plusSeconds(300),
                        "BreachEnded silence " + T0.plusSeconds(400),
                        "BreachStarted silence " + T0.plusSeconds(700));
        assertThat(r.events.getLast().fix()).isNotNull();
    }

    @Test
    void aReplayWithoutTicksReportsTheSameSilences() {
        Rule rule = new Rule.Silence("silence", Duration.ofMinutes(5));
        SubjectMonitor live = monitor(rule);
        SubjectMonitor replay = monitor(rule);
        Recorder liveEvents = new Recorder();
        Recorder replayEvents = new Recorder();
        int[] seconds = {10, 100, 500, 520, 1000, 1001};
        for (int s : seconds) {
            Fix fix = north("dev", T0.plusSeconds(s), 0, 5);
            for (int tick = s - 60; tick < s; tick += 7) {
                live.tick(T0.plusSeconds(tick), liveEvents);
            }
            live.accept(fix, liveEvents);
            replay.accept(fix, replayEvents);
        }
        assertThat(replayEvents.lines()).hasSize(4).isEqualTo(liveEvents.lines());
    }

    @Test
    void lowBatteryStartsBelowTheThresholdAndEndsFivePointsAbove() {
        SubjectMonitor m = monitor(new Rule.LowBattery("battery", 15));
        Recorder r = new Recorder();
        GeoPoint p = Places.HOME;
        m.accept(new Fix("dev", T0.plusSeconds(1), p, 5, 40.0), r);
        m.accept(new Fix("dev", T0.plusSeconds(2), p, 5, 14.0), r);
        m.accept(new Fix("dev", T0.plusSeconds(3), p, 5), r);
        m.accept(new Fix("dev", T0.plusSeconds(4), p, 5, 19.0), r);
        m.accept(new Fix("dev", T0.plusSeconds(5), p, 5, 20.0), r);
        assertThat(r.lines())
                .containsExactly(
                        "BreachStarted battery " + T0.plusSeconds(2), "BreachEnded battery " + T0.plusSeconds(5));
    }
}
