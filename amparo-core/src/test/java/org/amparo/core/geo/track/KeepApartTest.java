package org.amparo.core.geo.track;

import static org.amparo.core.geo.track.Places.HOME;
import static org.amparo.core.geo.track.Places.offset;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.rule.Dwell;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.rule.Rule;
import org.junit.jupiter.api.Test;

/** Keep-apart: either device re-evaluates, stale positions are not used, the victim stays hidden. */
class KeepApartTest {
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private static final Rule.KeepApart APART =
            new Rule.KeepApart("apart", "victim", 500, Duration.ofMinutes(2), new Hysteresis(20, Dwell.NONE));

    private static SubjectMonitor monitor() {
        return new SubjectMonitor(new MonitoringOrder("o", "subject", List.of(APART), T0));
    }

    @Test
    void aFixOfEitherDeviceCanStartOrEndTheBreachAndEventsCarryOnlyTheSubjectsFix() {
        SubjectMonitor m = monitor();
        Recorder r = new Recorder();
        GeoPoint victimAt = offset(HOME, 100, 45);
        m.accept(new Fix("subject", T0, offset(HOME, 2000, 0), 10), r);
        m.accept(new Fix("victim", T0.plusSeconds(10), victimAt, 10), r);
        assertThat(m.inBreach()).isFalse();
        m.accept(new Fix("subject", T0.plusSeconds(20), offset(HOME, 300, 0), 10), r);
        m.accept(new Fix("victim", T0.plusSeconds(30), offset(HOME, 1500, 180), 10), r);
        assertThat(r.lines())
                .containsExactly(
                        "BreachStarted apart " + T0.plusSeconds(20), "BreachEnded apart " + T0.plusSeconds(30));
        for (RuleEvent event : r.events) {
            Fix fix = event.fix();
            assertThat(fix).isNotNull();
            assertThat(fix == null ? null : fix.deviceId()).isEqualTo("subject");
            assertThat(event.toString()).doesNotContain(Double.toString(victimAt.latitude()));
        }
        assertThat(m.status("apart").latest()).isNull();
    }

    @Test
    void aStalePositionOfTheOtherDeviceIsNotUsed() {
        SubjectMonitor m = monitor();
        Recorder r = new Recorder();
        m.accept(new Fix("victim", T0, HOME, 10), r);
        m.accept(new Fix("subject", T0.plusSeconds(121), offset(HOME, 50, 0), 10), r);
        assertThat(r.events).isEmpty();
        m.accept(new Fix("victim", T0.plusSeconds(130), HOME, 10), r);
        assertThat(r.lines()).containsExactly("BreachStarted apart " + T0.plusSeconds(130));
    }

    @Test
    void withinTheMarginNothingChanges() {
        SubjectMonitor m = monitor();
        Recorder r = new Recorder();
        m.accept(new Fix("victim", T0, HOME, 5), r);
        // 500 m minus accuracies (10) minus margin (20) = 470: 480 m is inconclusive.
        m.accept(new Fix("subject", T0.plusSeconds(1), offset(HOME, 480, 90), 5), r);
        assertThat(m.status("apart").confirmed()).isNull();
        m.accept(new Fix("subject", T0.plusSeconds(2), offset(HOME, 469, 90), 5), r);
        assertThat(m.inBreach()).isTrue();
    }
}
