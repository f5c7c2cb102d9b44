package org.amparo.core.transparency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.amparo.core.legal.Purpose;
import org.amparo.core.testing.FakeClock;
import org.amparo.core.testing.InMemoryStatistics;
import org.amparo.core.transparency.TransparencyReport.PurposeCounts;
import org.junit.jupiter.api.Test;

class TransparencyServiceTest {
    private final FakeClock clock = new FakeClock();
    private final InMemoryStatistics statistics = new InMemoryStatistics();
    private final TransparencyService service = new TransparencyService(statistics, clock);
    private final Instant from = clock.instant().minus(Duration.ofDays(30));
    private final Instant to = clock.instant();
    private final Instant during = from.plus(Duration.ofDays(1));

    @Test
    void countsPerPurposeWithZerosForUnusedPurposes() {
        String suspect = Purpose.SERIOUS_OFFENCE_SUSPECT.name();
        statistics.record(StatisticKind.AUTHORIZATION_REQUESTED, suspect, during);
        statistics.record(StatisticKind.AUTHORIZATION_REQUESTED, suspect, during);
        statistics.record(StatisticKind.AUTHORIZATION_REQUESTED, suspect, during);
        statistics.record(StatisticKind.AUTHORIZATION_APPROVED, suspect, during);
        statistics.record(StatisticKind.AUTHORIZATION_APPROVED, suspect, during);
        statistics.record(StatisticKind.AUTHORIZATION_REJECTED, suspect, during);
        statistics.record(StatisticKind.URGENT_USE, suspect, during);
        statistics.record(StatisticKind.AUTHORIZATION_REQUESTED, suspect, to, 100);
        statistics.record(StatisticKind.AUTHORIZATION_REQUESTED, suspect, from.minusMillis(1), 100);

        TransparencyReport report = service.report(from, to);

        assertThat(report.authorizationsByPurpose()).hasSize(Purpose.values().length);
        assertThat(report.authorizationsByPurpose().get(suspect)).isEqualTo(new PurposeCounts(3, 2, 1, 1));
        assertThat(report.authorizationsByPurpose().get(Purpose.EMERGENCY_CALLER.name()))
                .isEqualTo(new PurposeCounts(0, 0, 0, 0));
        assertThat(report.from()).isEqualTo(from);
        assertThat(report.to()).isEqualTo(to);
        assertThat(report.generatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void theFalseMatchRateIsNullWithoutReviews() {
        statistics.record(StatisticKind.MATCH, "face", during, 4);

        TransparencyReport report = service.report(from, to);

        assertThat(report.matches()).isEqualTo(4);
        assertThat(report.falseMatchRate()).isNull();
    }

    @Test
    void theFalseMatchRateIsRejectedOverReviewed() {
        statistics.record(StatisticKind.MATCH, "face", during, 5);
        statistics.record(StatisticKind.MATCH_CONFIRMED, "face", during, 3);
        statistics.record(StatisticKind.MATCH_REJECTED, "face", during, 1);

        TransparencyReport report = service.report(from, to);

        assertThat(report.matchesConfirmed()).isEqualTo(3);
        assertThat(report.matchesRejected()).isEqualTo(1);
        assertThat(report.falseMatchRate()).isEqualTo(0.25);
    }

    @Test
    void alertsAndDeletionsAreCountedPerDimension() {
        statistics.record(StatisticKind.ALERT, "GEOFENCE_ENTERED", during, 2);
        statistics.record(StatisticKind.DELETION, "SIGHTING", during, 40);
        statistics.record(StatisticKind.DELETION, "SIGHTING", during, 2);

        TransparencyReport report = service.report(from, to);

        assertThat(report.alerts()).containsExactly(Map.entry("GEOFENCE_ENTERED", 2L));
        assertThat(report.deletions()).containsExactly(Map.entry("SIGHTING", 42L));
    }

    @Test
    void theReportHasNoPersonalDataFields() {
        Stream<RecordComponent> components = Stream.concat(
                Arrays.stream(TransparencyReport.class.getRecordComponents()),
                Arrays.stream(PurposeCounts.class.getRecordComponents()));

        assertThat(components.map(c -> c.getName().toLowerCase(Locale.ROOT))).noneMatch(name -> Stream.of(
                        "name",
                        "subject",
                        "user",
                        "position",
                        "latitude",
                        "longitude",
                        "location",
                        "camera",
                        "image",
                        "face",
                        "id",
                        "person")
                .anyMatch(name::contains));
    }

    @Test
    void thePeriodMustEndAfterItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> service.report(to, to));
    }
}
