package org.amparo.core.geo.track;

import static org.amparo.core.geo.track.Places.HOME;
import static org.amparo.core.geo.track.Places.offset;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.amparo.core.geo.rule.Dwell;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.rule.Rule;
import org.amparo.core.geo.zone.CircleZone;

/** Laws of the monitor: enter and exit alternate, breaches alternate, keep-apart is symmetric. */
class MonitorPropertiesTest {
    private static final Instant T0 = Instant.parse("2025-03-01T09:00:00Z");

    /** One step of a random track: distance from HOME, bearing, accuracy, seconds since last. */
    record Step(double meters, double bearing, double accuracy, int seconds) {}

    @Property(tries = 200)
    void enterAndExitAlternateAndSoDoBreachStartAndEnd(
            @ForAll("tracks") List<Step> track,
            @ForAll @IntRange(min = 0, max = 40) int margin,
            @ForAll @IntRange(min = 1, max = 3) int dwellFixes) {
        Rule rule = new Rule.StayWithin(
                "home", List.of(new CircleZone("home", HOME, 300)), new Hysteresis(margin, Dwell.fixes(dwellFixes)));
        SubjectMonitor m = new SubjectMonitor(new MonitoringOrder("o", "dev", List.of(rule), T0));
        Recorder r = new Recorder();
        Instant at = T0;
        for (Step step : track) {
            at = at.plusSeconds(step.seconds());
            m.accept(new Fix("dev", at, offset(HOME, step.meters(), step.bearing()), step.accuracy()), r);
        }
        List<RuleEvent> moves = r.events.stream()
                .filter(e -> e instanceof RuleEvent.Entered || e instanceof RuleEvent.Exited)
                .toList();
        for (int i = 1; i < moves.size(); i++) {
            assertThat(moves.get(i).getClass()).isNotEqualTo(moves.get(i - 1).getClass());
        }
        List<RuleEvent> breaches = r.events.stream()
                .filter(e -> e instanceof RuleEvent.BreachStarted || e instanceof RuleEvent.BreachEnded)
                .toList();
        for (int i = 0; i < breaches.size(); i++) {
            assertThat(breaches.get(i))
                    .isInstanceOf(i % 2 == 0 ? RuleEvent.BreachStarted.class : RuleEvent.BreachEnded.class);
        }
        assertThat(m.inBreach()).isEqualTo(breaches.size() % 2 == 1);
    }

    @Property(tries = 150)
    void keepApartIsSymmetric(
            @ForAll("tracks") List<Step> a,
            @ForAll("tracks") List<Step> b,
            @ForAll @IntRange(min = 0, max = 30) int margin,
            @ForAll @IntRange(min = 1, max = 2) int dwellFixes) {
        Hysteresis hysteresis = new Hysteresis(margin, Dwell.fixes(dwellFixes));
        Duration stale = Duration.ofSeconds(60);
        SubjectMonitor aWatched = new SubjectMonitor(
                new MonitoringOrder("o", "A", List.of(new Rule.KeepApart("k", "B", 250, stale, hysteresis)), T0));
        SubjectMonitor bWatched = new SubjectMonitor(
                new MonitoringOrder("o", "B", List.of(new Rule.KeepApart("k", "A", 250, stale, hysteresis)), T0));
        Recorder ra = new Recorder();
        Recorder rb = new Recorder();
        Instant atA = T0;
        Instant atB = T0;
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            if (i < a.size()) {
                atA = atA.plusSeconds(a.get(i).seconds());
                Fix fix = new Fix(
                        "A",
                        atA,
                        offset(HOME, a.get(i).meters(), a.get(i).bearing()),
                        a.get(i).accuracy());
                aWatched.accept(fix, ra);
                bWatched.accept(fix, rb);
            }
            if (i < b.size()) {
                atB = atB.plusSeconds(b.get(i).seconds());
                Fix fix = new Fix(
                        "B",
                        atB,
                        offset(HOME, b.get(i).meters(), b.get(i).bearing()),
                        b.get(i).accuracy());
                aWatched.accept(fix, ra);
                bWatched.accept(fix, rb);
            }
        }
        assertThat(rb.lines()).isEqualTo(ra.lines());
        assertThat(bWatched.inBreach()).isEqualTo(aWatched.inBreach());
    }

    @Provide
    Arbitrary<List<Step>> tracks() {
        return Combinators.combine(
                        Arbitraries.doubles().between(0, 600),
                        Arbitraries.doubles().between(0, 360),
                        Arbitraries.doubles().between(0, 50),
                        Arbitraries.integers().between(1, 90))
                .as(Step::new)
                .list()
                .ofMinSize(1)
                .ofMaxSize(60);
    }
}
