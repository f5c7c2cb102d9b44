package org.amparo.server.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Random;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.emergency.CallerLocation;
import org.amparo.core.ingest.emergency.LocationResult;
import org.amparo.core.ingest.emergency.aml.AmlSmsDecoder;
import org.amparo.core.ingest.quality.FixFilterConfig;
import org.junit.jupiter.api.Test;

/** The simulator's time, movement, call rate, night and AML text, with a clock the test moves (no sleeps). */
class SimulationModelTest {
    private static final Instant REAL = Instant.parse("2026-11-27T03:00:00Z");
    private static final Instant SIM = Instant.parse("2026-11-27T02:57:00Z");

    @Test
    void simulatedTimeRunsAtTheSpeedAndStandsStillWhilePaused() {
        SimClock clock = new SimClock(REAL, SIM, 10);
        assertThat(clock.at(REAL.plusSeconds(6))).isEqualTo(SIM.plusSeconds(60));

        clock.pause(REAL.plusSeconds(6), true);
        assertThat(clock.at(REAL.plusSeconds(100))).as("paused").isEqualTo(SIM.plusSeconds(60));

        clock.pause(REAL.plusSeconds(100), false);
        clock.speed(REAL.plusSeconds(100), 0.5);
        assertThat(clock.at(REAL.plusSeconds(104)))
                .as("resumed where it stood, now at half speed")
                .isEqualTo(SIM.plusSeconds(62));
    }

    @Test
    void aUnitMovesAtItsSimulatedSpeedButNeverFasterThanPlausibleInRealTime() {
        GeoPoint from = new GeoPoint(-2.90, -79.00);
        GeoPoint to = Mover.offset(from, 10_000, 90);

        Mover slow = new Mover(from);
        slow.head(to, 10);
        double covered = slow.advance(10, 10);
        assertThat(covered).as("speed 1: 10 m/s for 10 s").isCloseTo(100, within(0.01));
        assertThat(Mover.distanceMeters(from, slow.position())).isCloseTo(100, within(1.0));

        Mover fast = new Mover(from);
        fast.head(to, 10);
        double realSeconds = 1;
        double step = fast.advance(50, realSeconds);
        assertThat(step)
                .as("speed 50: capped at the real-time limit")
                .isCloseTo(Mover.MAX_REAL_SPEED_MPS, within(0.01));
        double impliedMps = Mover.distanceMeters(from, fast.position()) / realSeconds;
        assertThat(impliedMps).isLessThan(FixFilterConfig.DEFAULTS.maxSpeedMetersPerSecond());
    }

    @Test
    void aMoverStopsAtItsTarget() {
        GeoPoint from = new GeoPoint(-0.19, -78.49);
        GeoPoint to = Mover.offset(from, 50, 0);
        Mover mover = new Mover(from);
        mover.head(to, 10);
        mover.advance(60, 60);
        assertThat(mover.arrived()).isTrue();
        assertThat(mover.position()).isEqualTo(to);
        assertThat(mover.advance(60, 60)).isZero();
    }

    @Test
    void callsArriveAtTheConfiguredRateOnAverage() {
        CallSchedule schedule = new CallSchedule(40, SIM, new Random(7));
        int calls = 0;
        for (int hour = 1; hour <= 100; hour++) {
            calls += schedule.due(SIM.plus(Duration.ofHours(hour)));
        }
        assertThat(calls).as("40 per hour over 100 hours, Poisson").isBetween(3_600, 4_400);
        assertThat(schedule.due(SIM.plus(Duration.ofHours(100))))
                .as("each call once")
                .isZero();
    }

    @Test
    void noCallsAtRateZeroAndTheFirstComesSoon() {
        assertThat(new CallSchedule(0, SIM, new Random(1)).due(SIM.plus(Duration.ofDays(1))))
                .isZero();
        assertThat(new CallSchedule(40, SIM, new Random(1)).due(SIM.plusSeconds(20)))
                .isEqualTo(1);
    }

    @Test
    void nightIsTenPmToSixAmInGuayaquil() {
        assertThat(HomeDetention.night(local(21, 59))).isFalse();
        assertThat(HomeDetention.night(local(22, 0))).isTrue();
        assertThat(HomeDetention.night(local(3, 0))).isTrue();
        assertThat(HomeDetention.night(local(5, 59))).isTrue();
        assertThat(HomeDetention.night(local(6, 0))).isFalse();
        assertThat(HomeDetention.night(local(12, 0))).isFalse();
    }

    @Test
    void theSimulatorStartsMinutesBeforeNight() {
        assertThat(DemoSimulator.START_LOCAL.getHour()).isEqualTo(21);
        assertThat(HomeDetention.night(local(DemoSimulator.START_LOCAL.getHour(), DemoSimulator.START_LOCAL.getMinute())
                        .plus(Duration.ofMinutes(5))))
                .isTrue();
    }

    @Test
    void theAmlSmsIsValidEtsiTextWithItsOwnLength() {
        GeoPoint at = new GeoPoint(-2.90012, -79.00456);
        String text = AmlSms.text(at, 25, REAL, "740011234567890", "356938035643809");
        assertThat(text).startsWith("A\"ML=1;lt=-2.90012;lg=-79.00456;rd=25;top=20261127030000;");
        assertThat(text).endsWith(";ml=" + text.length());

        LocationResult decoded = new AmlSmsDecoder().decodeText(text);
        assertThat(decoded).isInstanceOf(LocationResult.Located.class);
        CallerLocation location = ((LocationResult.Located) decoded).location();
        assertThat(location.position()).isEqualTo(at);
        assertThat(location.radiusMeters()).isEqualTo(25.0);
        assertThat(location.timeOfPositioning()).isEqualTo(REAL);
        assertThat(location.call().flags()).as("no length mismatch").isEmpty();
    }

    private static Instant local(int hour, int minute) {
        return ZonedDateTime.of(2026, 11, 26, hour, minute, 0, 0, HomeDetention.ZONE)
                .toInstant();
    }
}
