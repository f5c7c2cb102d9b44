package org.amparo.store.monitoring;

import static org.amparo.store.Fixtures.T0;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceId;
import org.amparo.core.device.DeviceKind;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationStatus;
import org.amparo.core.legal.Subject;
import org.amparo.core.legal.UseMode;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.core.monitoring.OrderStatus;
import org.amparo.core.monitoring.RuleSpec;
import org.amparo.core.monitoring.ZoneDefId;
import org.amparo.core.monitoring.ZoneDefinition;
import org.amparo.core.monitoring.ZoneShape;
import org.amparo.store.Fixtures;
import org.amparo.store.device.JdbcDeviceStore;
import org.amparo.store.legal.JdbcAuthorizationStore;
import org.amparo.store.legal.JdbcSubjectStore;

/** Rows that monitoring orders and alerts refer to, inserted for store tests. */
public final class MonitoringRows {
    private MonitoringRows() {}

    /** A subject, an approved authorization and a device, stored. */
    public record Parties(Subject subject, Authorization authorization, DeviceId device, DeviceId other) {}

    public static Parties parties(DataSource ds) {
        Subject subject = Fixtures.subject(T0);
        new JdbcSubjectStore(ds).insert(subject);
        Authorization a = Fixtures.authorization(
                subject.id(), AuthorizationStatus.APPROVED, UseMode.LIVE, T0, T0.plus(Duration.ofDays(30)), null);
        new JdbcAuthorizationStore(ds).insert(a);
        return new Parties(subject, a, device(ds), device(ds));
    }

    private static DeviceId device(DataSource ds) {
        Device d = new Device(
                new DeviceId(UUID.randomUUID()),
                "imei-" + UUID.randomUUID().toString().substring(0, 8),
                DeviceKind.TRACKER,
                "EM",
                "ab".repeat(32),
                T0,
                "investigator1",
                true);
        new JdbcDeviceStore(ds).insert(d);
        return d.id();
    }

    public static ZoneDefinition circle(DataSource ds) {
        ZoneDefinition zone = new ZoneDefinition(
                new ZoneDefId(UUID.randomUUID()),
                "Home",
                new ZoneShape.Circle(new GeoPoint(-2.9001, -79.0059), 300),
                "investigator1",
                T0);
        new JdbcZoneStore(ds).insert(zone);
        return zone;
    }

    public static MonitoringOrderDefinition order(Parties p, List<RuleSpec> rules) {
        return new MonitoringOrderDefinition(
                new MonitoringOrderId(UUID.randomUUID()),
                p.authorization().id(),
                p.subject().id(),
                p.device(),
                rules,
                "investigator1",
                T0,
                OrderStatus.ACTIVE,
                null);
    }
}
