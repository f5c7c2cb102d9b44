package org.amparo.store.location;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceId;
import org.amparo.core.device.DeviceKind;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.UseMode;
import org.amparo.core.location.StoredFix;
import org.amparo.store.DatabaseTestBase;
import org.amparo.store.Fixtures;
import org.amparo.store.device.JdbcDeviceStore;
import org.amparo.store.legal.JdbcAuthorizationStore;
import org.amparo.store.legal.JdbcSubjectStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The contract of the fix store, its eraser and purger, and the drop counter, on every database. */
abstract class LocationFixStoreContractTest extends DatabaseTestBase {
    private JdbcLocationFixStore store;
    private Device tracker;
    private Device unit;
    private Subject subject;
    private Authorization authorization;

    @BeforeEach
    void arrange() {
        store = new JdbcLocationFixStore(dataSource());
        JdbcDeviceStore devices = new JdbcDeviceStore(dataSource());
        tracker = new Device(
                new DeviceId(UUID.randomUUID()), "imei-1", DeviceKind.TRACKER, "EM", "ab".repeat(32), T0, "inv", true);
        unit = new Device(
                new DeviceId(UUID.randomUUID()),
                "unit-1",
                DeviceKind.AGENCY_UNIT,
                "Patrol",
                "cd".repeat(32),
                T0,
                "adm",
                true);
        devices.insert(tracker);
        devices.insert(unit);
        subject = Fixtures.subject(T0);
        new JdbcSubjectStore(dataSource()).insert(subject);
        authorization = Fixtures.authorization(
                subject.id(), AuthorizationStatus.APPROVED, UseMode.LIVE, T0, T0.plus(Duration.ofDays(30)), null);
        new JdbcAuthorizationStore(dataSource()).insert(authorization);
    }

    private StoredFix subjectFix(Instant at, double lat) {
        FixReadings readings =
                FixReadings.builder().accuracyMeters(8.5).batteryPercent(71.0).build();
        return new StoredFix(
                tracker.id(),
                subject.id(),
                authorization.id(),
                at,
                new GeoPoint(lat, -79.0),
                readings,
                FixSource.OSMAND,
                at.plusSeconds(2));
    }

    private int insert(List<StoredFix> fixes) {
        return tx().inTransaction(() -> store.insert(fixes));
    }

    @Test
    void storesEveryFieldOnceAndReadsTheTrackInTimeOrder() {
        StoredFix a = subjectFix(T0.plusSeconds(10), -2.9001);
        StoredFix b = subjectFix(T0.plusSeconds(20), -2.9002);
        assertThat(insert(List.of(b, a))).isEqualTo(2);
        assertThat(insert(List.of(a))).as("a resent fix is stored once").isZero();
        assertThat(store.track(subject.id(), T0, T0.plusSeconds(60), 100)).containsExactly(a, b);
        assertThat(store.track(subject.id(), T0.plusSeconds(11), T0.plusSeconds(60), 100))
                .containsExactly(b);
        assertThat(store.latest(tracker.id())).contains(b);
    }

    @Test
    void aLargeBatchCountsExactlyWhatItInsertedSkippingRepeatsInsideAndAcrossBatches() {
        List<StoredFix> first = new java.util.ArrayList<>();
        for (int i = 0; i < 700; i++) {
            first.add(subjectFix(T0.plusMillis(1_000L * i + 123), -2.9 - i * 1e-6));
        }
        List<StoredFix> second = new java.util.ArrayList<>(first.subList(650, 700));
        second.add(first.get(3));
        StoredFix sparse = new StoredFix(
                unit.id(),
                null,
                null,
                T0.plusMillis(7),
                new GeoPoint(-0.18, -78.47),
                FixReadings.builder().speedMetersPerSecond(12.5).hdop(0.9).build(),
                FixSource.OWNTRACKS,
                T0.plusSeconds(1));
        second.add(sparse);
        second.add(sparse);

        assertThat(insert(first.subList(0, 650))).isEqualTo(650);
        assertThat(insert(second)).as("50 new, 1 old, 1 new repeated").isEqualTo(51);
        assertThat(store.track(subject.id(), T0, T0.plusSeconds(10_000), 1_000)).containsExactlyElementsOf(first);
        assertThat(store.latest(unit.id())).contains(sparse);
    }

    @Test
    void unitFixesCarryNoSubject() {
        StoredFix fix = new StoredFix(
                unit.id(), null, null, T0, new GeoPoint(-0.18, -78.47), FixReadings.NONE, FixSource.REST_BATCH, T0);
        insert(List.of(fix));
        assertThat(store.latest(unit.id())).contains(fix);
    }

    @Test
    void eraserDeletesOnlyWhatTheAuthorizationProduced() {
        insert(List.of(subjectFix(T0.plusSeconds(1), -2.9), subjectFix(T0.plusSeconds(2), -2.9)));
        insert(List.of(new StoredFix(
                unit.id(), null, null, T0, new GeoPoint(-0.18, -78.47), FixReadings.NONE, FixSource.REST_BATCH, T0)));
        long erased =
                tx().inTransaction(() -> new LocationFixEraser(dataSource()).eraseProducedUnder(authorization.id()));
        assertThat(erased).isEqualTo(2);
        assertThat(store.track(subject.id(), T0, T0.plusSeconds(60), 100)).isEmpty();
        assertThat(store.latest(unit.id())).isPresent();
    }

    @Test
    void purgerDeletesOldFixesInBatches() {
        for (int i = 0; i < 7; i++) {
            insert(List.of(subjectFix(T0.plusSeconds(i), -2.9)));
        }
        LocationFixPurger purger = new LocationFixPurger(dataSource());
        assertThat(tx().inTransaction(() -> purger.purgeBatch(T0.plusSeconds(5), 3)))
                .isEqualTo(3);
        assertThat(tx().inTransaction(() -> purger.purgeBatch(T0.plusSeconds(5), 3)))
                .isEqualTo(2);
        assertThat(tx().inTransaction(() -> purger.purgeBatch(T0.plusSeconds(5), 3)))
                .isZero();
        assertThat(store.track(subject.id(), T0, T0.plusSeconds(60), 100)).hasSize(2);
    }

    @Test
    void dropCounterSumsInMemoryAndFlushes() {
        JdbcDropCounter counter = new JdbcDropCounter(dataSource());
        counter.count(tracker.id(), "NOT_BOUND", 2);
        counter.count(null, "UNKNOWN_DEVICE", 1);
        assertThat(counter.totals()).containsEntry(JdbcDropCounter.UNKNOWN, java.util.Map.of("UNKNOWN_DEVICE", 1L));
        assertThat(counter.flush()).isEqualTo(2);
        counter.count(tracker.id(), "NOT_BOUND", 3);
        counter.flush();
        assertThat(new JdbcDropCounter(dataSource()).totals().get(tracker.id().toString()))
                .containsEntry("NOT_BOUND", 5L);
    }
}
