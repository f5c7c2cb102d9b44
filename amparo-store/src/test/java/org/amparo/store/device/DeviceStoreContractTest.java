package org.amparo.store.device;

import static org.amparo.store.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceBinding;
import org.amparo.core.device.DeviceId;
import org.amparo.core.device.DeviceKind;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.UseMode;
import org.amparo.store.DatabaseTestBase;
import org.amparo.store.Fixtures;
import org.amparo.store.legal.JdbcAuthorizationStore;
import org.amparo.store.legal.JdbcSubjectStore;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

/** The contract of the device store, run against every database. */
abstract class DeviceStoreContractTest extends DatabaseTestBase {
    private JdbcDeviceStore store() {
        return new JdbcDeviceStore(dataSource());
    }

    private Device device(String identifier, DeviceKind kind) {
        return new Device(
                new DeviceId(UUID.randomUUID()),
                identifier,
                kind,
                "EM tracker",
                "ab".repeat(32),
                T0,
                "investigator1",
                true);
    }

    private Authorization authorizationFor(Subject subject) {
        new JdbcSubjectStore(dataSource()).insert(subject);
        Authorization a = Fixtures.authorization(
                subject.id(), AuthorizationStatus.APPROVED, UseMode.LIVE, T0, T0.plus(Duration.ofDays(30)), null);
        new JdbcAuthorizationStore(dataSource()).insert(a);
        return a;
    }

    @Test
    void roundTripsAndFindsByIdentifier() {
        Device d = device("861001000719969", DeviceKind.TRACKER);
        store().insert(d);
        assertThat(store().find(d.id())).contains(d);
        assertThat(store().findByIdentifier("861001000719969")).contains(d);
        assertThat(store().findByIdentifier("nope")).isEmpty();
        assertThat(store().all(10)).containsExactly(d);
    }

    @Test
    void findsManyByIdentifierAndTheirOpenBindingsInOneCall() {
        Device bound = device("imei-a", DeviceKind.TRACKER);
        Device rebound = device("imei-b", DeviceKind.PHONE);
        Device loose = device("imei-c", DeviceKind.PHONE);
        List.of(bound, rebound, loose).forEach(store()::insert);
        Authorization first = authorizationFor(Fixtures.subject(T0));
        Authorization second = authorizationFor(Fixtures.subject(T0));
        DeviceBinding a = new DeviceBinding(bound.id(), first.subjectId(), first.id(), T0, null, "investigator1");
        DeviceBinding old = new DeviceBinding(rebound.id(), first.subjectId(), first.id(), T0, null, "investigator1");
        DeviceBinding current =
                new DeviceBinding(rebound.id(), second.subjectId(), second.id(), T0.plusSeconds(60), null, "inv2");
        tx().inTransaction(() -> {
            store().bind(a);
            store().bind(old);
            store().unbind(rebound.id(), T0.plusSeconds(60));
            store().bind(current);
            return null;
        });

        assertThat(store().findByIdentifiers(List.of("imei-a", "imei-b", "imei-c", "unknown")))
                .containsOnlyKeys("imei-a", "imei-b", "imei-c")
                .containsEntry("imei-b", rebound);
        assertThat(store().findByIdentifiers(List.of())).isEmpty();
        List<DeviceId> all = List.of(bound.id(), rebound.id(), loose.id());
        assertThat(store().bindingsAt(all, T0.plusSeconds(90)))
                .containsOnlyKeys(bound.id(), rebound.id())
                .containsEntry(rebound.id(), current)
                .containsEntry(bound.id(), a);
        assertThat(store().bindingsAt(all, T0.plusSeconds(30)).get(rebound.id()))
                .isEqualTo(new DeviceBinding(
                        rebound.id(), first.subjectId(), first.id(), T0, T0.plusSeconds(60), "investigator1"));
    }

    @Test
    void identifiersAreUnique() {
        store().insert(device("same", DeviceKind.PHONE));
        assertThatThrownBy(() -> store().insert(device("same", DeviceKind.PHONE)))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void bindingIsOpenFromItsStartUntilUnbound() {
        Device d = device("phone-1", DeviceKind.PHONE);
        store().insert(d);
        Authorization a = authorizationFor(Fixtures.subject(T0));
        DeviceBinding binding =
                new DeviceBinding(d.id(), a.subjectId(), a.id(), T0.plusSeconds(60), null, "investigator1");
        tx().inTransaction(() -> {
            store().bind(binding);
            return null;
        });
        assertThat(store().bindingAt(d.id(), T0)).isEmpty();
        assertThat(store().bindingAt(d.id(), T0.plusSeconds(60))).contains(binding);
        assertThat(store().unbind(d.id(), T0.plusSeconds(120))).isTrue();
        assertThat(store().unbind(d.id(), T0.plusSeconds(130))).isFalse();
        assertThat(store().bindingAt(d.id(), T0.plusSeconds(119))).isPresent();
        assertThat(store().bindingAt(d.id(), T0.plusSeconds(120))).isEmpty();
    }

    @Test
    void subjectPurgeTakesTheDeviceBindingHistoryWithIt() {
        Device d = device("phone-2", DeviceKind.PHONE);
        store().insert(d);
        org.amparo.core.legal.Subject subject = Fixtures.subject(T0);
        new JdbcSubjectStore(dataSource()).insert(subject);
        Authorization ended = Fixtures.authorization(
                subject.id(), AuthorizationStatus.EXPIRED, UseMode.LIVE, T0, T0.plus(Duration.ofDays(1)), null);
        new JdbcAuthorizationStore(dataSource()).insert(ended);
        tx().inTransaction(() -> {
            store().bind(new DeviceBinding(
                    d.id(), subject.id(), ended.id(), T0, T0.plus(Duration.ofDays(1)), "investigator1"));
            return null;
        });
        int purged = tx().inTransaction(() -> new org.amparo.store.legal.SubjectRecordPurger(dataSource())
                .purgeBatch(T0.plus(Duration.ofDays(400)), 10));
        assertThat(purged).isEqualTo(1);
        assertThat(store().bindingAt(d.id(), T0)).isEmpty();
        assertThat(store().find(d.id()))
                .as("the device itself stays registered")
                .isPresent();
    }
}
