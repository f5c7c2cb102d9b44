package org.amparo.core.geo.track;

import static org.amparo.core.geo.track.Places.HOME;
import static org.amparo.core.geo.track.Places.north;
import static org.amparo.core.geo.track.Places.offset;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.amparo.core.geo.rule.Dwell;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.rule.Rule;
import org.amparo.core.geo.zone.CircleZone;
import org.amparo.core.geo.zone.Presence;
import org.amparo.core.geo.zone.Zone;
import org.junit.jupiter.api.Test;

/** Stay-within and stay-out: accuracy, hysteresis, dwell, late and replayed fixes. */
class ZoneRuleTest {
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");
    private static final Zone HOME_300 = new CircleZone("home", HOME, 300);

    private static SubjectMonitor monitor(Rule... rules) {
        return new SubjectMonitor(new MonitoringOrder("o1", "dev", List.of(rules), T0));
    }

    private static Rule.StayWithin stayWithin(Hysteresis hysteresis) {
        return new Rule.StayWithin("home", List.of(HOME_300), hysteresis);
    }

    private static Instant t(int seconds) {
        return T0.plusSeconds(seconds);
    }

    @Test
    void aFixWhoseAccuracyCircleStraddlesTheBoundaryIsUncertainAndChangesNothing() {
        SubjectMonitor m = monitor(stayWithin(Hysteresis.NONE));
        Recorder r = new Recorder();
        m.accept(north("dev", t(0), 0, 10), r);
        m.accept(north("dev", t(10), 305, 10), r);
        assertThat(m.status("home").latest()).isEqualTo(Presence.UNCERTAIN);
        assertThat(m.status("home").confirmed()).isEqualTo(Presence.INSIDE);
        assertThat(m.inBreach()).isFalse();
        m.accept(north("dev", t(20), 311, 10), r);
        assertThat(m.status("home").latest()).isEqualTo(Presence.OUTSIDE);
        assertThat(r.lines()).containsExactly("Exited home " + t(20), "BreachStarted home " + t(20));
        assertThat(m.status("home").inBreach()).isTrue();
        assertThat(m.status("home").breachSince()).isEqualTo(t(20));
    }

    @Test
    void jitterAroundTheBoundaryNeverFlaps() {
        long seed = 7_300_300L;
        Random random = new Random(seed);
        SubjectMonitor m = monitor(stayWithin(new Hysteresis(20, Dwell.NONE)));
        Recorder r = new Recorder();
        int s = 0;
        for (int i = 0; i < 5; i++) {
            m.accept(north("dev", t(s += 5), 0, 10), r);
        }
        double bearing = 0;
        List<Double> excursion = List.of(330.0, 360.0, 400.0, 400.0, 360.0);
        for (int phase = 0; phase < 2; phase++) {
            for (int i = 0; i < 500; i++) {
                bearing += random.nextGaussian() * 2;
                double meters = 300 + (random.nextDouble() * 30 - 15);
                m.accept(Places.fix("dev", t(s += 5), offset(HOME, meters, bearing), 10), r);
            }
            if (phase == 0) {
                for (double meters : excursion) {
                    m.accept(Places.fix("dev", t(s += 5), offset(HOME, meters, bearing), 10), r);
                }
            }
        }
        assertThat(r.count(RuleEvent.BreachStarted.class))
                .as("reproduce with seed %d", seed)
                .isEqualTo(1);
        assertThat(r.count(RuleEvent.BreachEnded.class))
                .as("reproduce with seed %d", seed)
                .isZero();
        m.accept(north("dev", t(s += 5), 0, 10), r);
        assertThat(r.count(RuleEvent.BreachEnded.class))
                .as("reproduce with seed %d", seed)
                .isEqualTo(1);
        assertThat(r.events).hasSize(4);
    }

    @Test
    void dwellNeedsConsecutiveConclusiveFixesAndAFixOnTheConfirmedSideCancels() {
        SubjectMonitor m = monitor(stayWithin(new Hysteresis(0, Dwell.fixes(3))));
        Recorder r = new Recorder();
        for (int i = 0; i < 3; i++) {
            m.accept(north("dev", t(i), 0, 5), r);
        }
        m.accept(north("dev", t(10), 400, 5), r);
        m.accept(north("dev", t(11), 400, 5), r);
        m.accept(north("dev", t(12), 0, 5), r); // cancels the pending exit
        m.accept(north("dev", t(13), 400, 5), r);
        m.accept(north("dev", t(14), 300, 5), r); // uncertain: neither counts nor cancels
        m.accept(north("dev", t(15), 400, 5), r);
        assertThat(r.events).isEmpty();
        m.accept(north("dev", t(16), 400, 5), r);
        assertThat(r.lines()).containsExactly("Exited home " + t(16), "BreachStarted home " + t(16));
    }

    @Test
    void dwellByDurationCountsFromTheFirstFixOfTheRunAndAppliesToTheEndToo() {
        SubjectMonitor m = monitor(stayWithin(new Hysteresis(0, Dwell.of(Duration.ofSeconds(60)))));
        Recorder r = new Recorder();
        m.accept(north("dev", t(0), 0, 5), r);
        m.accept(north("dev", t(60), 0, 5), r); // confirms inside
        m.accept(north("dev", t(100), 500, 5), r);
        m.accept(north("dev", t(130), 500, 5), r);
        assertThat(r.events).isEmpty();
        m.accept(north("dev", t(160), 500, 5), r);
        m.accept(north("dev", t(170), 0, 5), r);
        m.accept(north("dev", t(229), 0, 5), r);
        assertThat(r.lines()).containsExactly("Exited home " + t(160), "BreachStarted home " + t(160));
        m.accept(north("dev", t(230), 0, 5), r);
        assertThat(r.lines()).endsWith("Entered home " + t(230), "BreachEnded home " + t(230));
    }

    @Test
    void lateAndReplayedFixesNeverCreateTransitions() {
        SubjectMonitor m = monitor(stayWithin(Hysteresis.NONE));
        Recorder r = new Recorder();
        List<Fix> track = new ArrayList<>();
        track.add(north("dev", t(0), 0, 5));
        track.add(north("dev", t(10), 400, 5));
        track.add(north("dev", t(20), 0, 5));
        track.add(north("dev", t(30), 400, 5));
        for (Fix fix : track) {
            assertThat(m.accept(fix, r)).isEqualTo(FixVerdict.EVALUATED);
        }
        List<String> once = List.copyOf(r.lines());
        assertThat(m.accept(north("dev", t(25), 0, 5), r)).isEqualTo(FixVerdict.LATE);
        assertThat(m.accept(north("dev", t(30), 0, 5), r)).isEqualTo(FixVerdict.DUPLICATE);
        for (Fix fix : track) {
            assertThat(m.accept(fix, r)).isIn(FixVerdict.LATE, FixVerdict.DUPLICATE);
        }
        assertThat(m.accept(north("other", t(40), 0, 5), r)).isEqualTo(FixVerdict.UNRELATED);
        assertThat(r.lines()).isEqualTo(once);
        assertThat(m.status("home").inBreach()).isTrue();
    }

    @Test
    void stayOutBreachesInsideAnyExclusionZone() {
        Zone school = new CircleZone("school", offset(HOME, 1000, 90), 100);
        Zone park = new CircleZone("park", offset(HOME, 1000, 270), 100);
        SubjectMonitor m = monitor(new Rule.StayOut("out", List.of(school, park), new Hysteresis(10, Dwell.NONE)));
        Recorder r = new Recorder();
        m.accept(Places.fix("dev", t(0), HOME, 5), r);
        m.accept(Places.fix("dev", t(10), offset(HOME, 1000, 270), 5), r);
        m.accept(Places.fix("dev", t(20), offset(HOME, 1090, 270), 5), r); // within margin: no change
        m.accept(Places.fix("dev", t(30), offset(HOME, 1200, 270), 5), r);
        assertThat(r.lines())
                .containsExactly(
                        "Entered out " + t(10),
                        "BreachStarted out " + t(10),
                        "Exited out " + t(30),
                        "BreachEnded out " + t(30));
        assertThat(r.events.get(1).fix()).isNotNull();
    }
}
