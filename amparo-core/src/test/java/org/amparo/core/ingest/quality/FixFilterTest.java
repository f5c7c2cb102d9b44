package org.amparo.core.ingest.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.testing.FakeClock;
import org.junit.jupiter.api.Test;

class FixFilterTest {
    private static final Instant T0 = Instant.parse("2025-11-26T00:00:00Z");
    /** One degree of latitude, in metres, on the filter's sphere. */
    private static final double DEGREE_METERS = 111_195.08;

    private final FakeClock clock = new FakeClock(T0.plus(Duration.ofHours(1)));
    private final FixFilter filter = new FixFilter(clock, FixFilterConfig.DEFAULTS);

    private static DeviceFix fix(String device, long seconds, double lat, double lon) {
        return new DeviceFix(
                device, T0.plusSeconds(seconds), new GeoPoint(lat, lon), FixReadings.NONE, FixSource.OSMAND);
    }

    private static DeviceFix withAccuracy(DeviceFix f, double meters) {
        return new DeviceFix(
                f.deviceIdentifier(),
                f.at(),
                f.position(),
                FixReadings.builder().accuracyMeters(meters).build(),
                f.source());
    }

    private DropReason dropped(DeviceFix f) {
        FilterVerdict verdict = filter.check(f);
        assertThat(verdict).isInstanceOf(FilterVerdict.Dropped.class);
        return ((FilterVerdict.Dropped) verdict).reason();
    }

    private void accepted(DeviceFix f) {
        assertThat(filter.check(f)).isEqualTo(FilterVerdict.Accepted.INSTANCE);
    }

    @Test
    void dropsZeroCoordinatesButNotTheEquatorOrTheMeridian() {
        assertThat(dropped(fix("a", 0, 0, 0))).isEqualTo(DropReason.ZERO_COORDINATES);
        accepted(fix("a", 1, 0, 1e-4));
        accepted(fix("b", 1, 1e-4, 0));
    }

    @Test
    void dropsPoorAccuracy() {
        assertThat(dropped(withAccuracy(fix("a", 0, 1, 1), 1000.5))).isEqualTo(DropReason.POOR_ACCURACY);
        accepted(withAccuracy(fix("a", 0, 1, 1), 1000));
    }

    @Test
    void dropsTheFutureBeyondTheTolerance() {
        clock.set(T0);
        accepted(fix("a", 300, 1, 1));
        assertThat(dropped(fix("a", 301, 1, 1))).isEqualTo(DropReason.FUTURE_TIME);
    }

    @Test
    void dropsTheImplausiblyOld() {
        clock.set(T0);
        assertThat(dropped(fix("a", -Duration.ofDays(30).toSeconds() - 1, 1, 1)))
                .isEqualTo(DropReason.IMPLAUSIBLY_OLD);
        accepted(fix("a", -Duration.ofDays(30).toSeconds(), 1, 1));
        DeviceFix y1999 = new DeviceFix(
                "b", Instant.parse("1999-12-31T23:59:59Z"), new GeoPoint(1, 1), FixReadings.NONE, FixSource.OSMAND);
        clock.set(Instant.parse("2000-01-01T00:00:00Z"));
        assertThat(dropped(y1999)).isEqualTo(DropReason.IMPLAUSIBLY_OLD);
    }

    @Test
    void dropsDuplicatesPerDevice() {
        accepted(fix("a", 0, 1, 1));
        assertThat(dropped(fix("a", 0, 1, 1))).isEqualTo(DropReason.DUPLICATE);
        accepted(fix("b", 0, 1, 1));
    }

    @Test
    void aRetractedFixIsAcceptedWhenResent() {
        DeviceFix f = fix("a", 0, 1, 1);
        accepted(f);
        filter.retract(f);
        accepted(f);
    }

    @Test
    void dropsImpossibleSpeedAndSubtractsAccuracyFromTheDistance() {
        accepted(fix("a", 0, 1, 1));
        // 0.01 degree of latitude in 10 s is about 111 m/s, above 83.3 m/s (300 km/h).
        assertThat(dropped(fix("a", 10, 1.01, 1))).isEqualTo(DropReason.IMPOSSIBLE_SPEED);
        // 0.007 degree in 10 s is about 78 m/s: plausible.
        accepted(fix("a", 20, 1.007, 1));
        // Jitter: 300 m in 1 s is impossible unless the fixes say they are that imprecise.
        accepted(withAccuracy(fix("a", 21, 1.007 + 300 / DEGREE_METERS, 1), 250));
    }

    @Test
    void lateFixesAreCheckedAgainstTheirNeighboursInTimeNotDroppedForBeingLate() {
        accepted(fix("a", 0, 1, 1));
        accepted(fix("a", 100, 1.005, 1));
        accepted(fix("a", 50, 1.0025, 1));
        // Late and between 0 and 50 s, but 0.1 degree away: impossible from either neighbour.
        assertThat(dropped(fix("a", 25, 1.1, 1))).isEqualTo(DropReason.IMPOSSIBLE_SPEED);
        assertThat(dropped(fix("a", 50, 1.0025, 1))).isEqualTo(DropReason.DUPLICATE);
    }

    @Test
    void oneBadAnchorDoesNotFreezeTheTrack() {
        accepted(fix("a", 0, 10, 10)); // an outlier: the device is really near (1, 1)
        assertThat(dropped(fix("a", 10, 1, 1))).isEqualTo(DropReason.IMPOSSIBLE_SPEED);
        accepted(fix("a", 20, 1.0001, 1));
        accepted(fix("a", 30, 1.0002, 1));
    }

    @Test
    void memoryIsBoundedPerDeviceAndInDevices() {
        FixFilter small = new FixFilter(clock, FixFilterConfig.DEFAULTS.withMemory(2, 3));
        for (int d = 0; d < 10; d++) {
            assertThat(small.check(fix("d" + d, 0, 1, 1))).isEqualTo(FilterVerdict.Accepted.INSTANCE);
        }
        assertThat(small.rememberedDevices()).isEqualTo(3);
        for (int s = 1; s <= 5; s++) {
            small.check(fix("x", s, 1, 1));
        }
        // Only the two latest times are remembered: an older duplicate is no longer detected here.
        assertThat(small.check(fix("x", 1, 1, 1))).isEqualTo(FilterVerdict.Accepted.INSTANCE);
        assertThat(small.check(fix("x", 5, 1, 1))).isInstanceOf(FilterVerdict.Dropped.class);
    }

    @Test
    void distanceIsTheGreatCircle() {
        assertThat(FixFilter.distanceMeters(new GeoPoint(0, 0), new GeoPoint(1, 0)))
                .isCloseTo(DEGREE_METERS, within(1.0));
        assertThat(FixFilter.distanceMeters(new GeoPoint(0, 179.9), new GeoPoint(0, -179.9)))
                .isCloseTo(0.2 * DEGREE_METERS, within(1.0));
    }
}
