package org.amparo.core.testing;

import static org.amparo.core.testing.LegalTestbed.ALICE;
import static org.amparo.core.testing.LegalTestbed.BOB;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.amparo.core.alert.AlertPorts;
import org.amparo.core.alert.AlertService;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceId;
import org.amparo.core.device.DeviceKind;
import org.amparo.core.device.DevicePorts;
import org.amparo.core.device.DeviceService;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.geo.rule.Hysteresis;
import org.amparo.core.geo.rule.RuleKind;
import org.amparo.core.geo.track.MonitoringOrder;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationRequest;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.DataSubjectCategory;
import org.amparo.core.legal.LegalBasis;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.legal.UseMode;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.core.monitoring.MonitoringPorts;
import org.amparo.core.monitoring.MonitoringService;
import org.amparo.core.monitoring.OrderListener;
import org.amparo.core.monitoring.RuleSpec;
import org.amparo.core.monitoring.ZoneDefId;
import org.amparo.core.monitoring.ZoneShape;

/**
 * The monitoring and alert services wired to fakes on top of a {@link LegalTestbed}, with helpers
 * that create a monitored subject with a bound device. One per test; not thread-safe.
 */
public final class MonitoringTestbed implements OrderListener {
    public final LegalTestbed bed = new LegalTestbed();
    public final InMemoryDeviceStore deviceStore = new InMemoryDeviceStore();
    public final InMemoryZoneStore zones = new InMemoryZoneStore();
    public final InMemoryMonitoringOrderStore orders = new InMemoryMonitoringOrderStore();
    public final InMemoryAlertStore alerts = new InMemoryAlertStore();
    /** Notices queued for external channels, in order. */
    public final RecordingOutbox outbox = new RecordingOutbox();

    public final DeviceService devices =
            new DeviceService(new DevicePorts(bed.tx, deviceStore, bed.authorizations, bed.audit, bed.clock, bed.ids));
    public final MonitoringService monitoring = new MonitoringService(
            new MonitoringPorts(
                    bed.tx,
                    zones,
                    orders,
                    deviceStore,
                    bed.authorizations,
                    bed.subjects,
                    bed.audit,
                    bed.clock,
                    bed.ids),
            this);
    public final AlertService alertService = new AlertService(
            new AlertPorts(bed.tx, alerts, orders, bed.audit, bed.statistics, bed.clock, bed.ids, outbox));
    /** Orders the listener was told of, in order. */
    public final List<MonitoringOrder> started = new ArrayList<>();

    public final List<MonitoringOrderId> ended = new ArrayList<>();
    private int devicesMade;

    @Override
    public void started(MonitoringOrderDefinition order, MonitoringOrder engineOrder) {
        started.add(engineOrder);
    }

    @Override
    public void ended(MonitoringOrderId order) {
        ended.add(order);
    }

    /** A subject, an approved authorization for it, and a tracker bound under it. */
    public record Monitored(SubjectId subject, Authorization authorization, DeviceId device) {}

    public Monitored monitored(DataSubjectCategory category, Purpose purpose) {
        SubjectId subject = bed.subject("Subject " + devicesMade, category);
        Authorization authorization = approved(subject, purpose);
        Device device = devices.register(ALICE, "tracker-" + devicesMade++, DeviceKind.TRACKER, "EM", "0f".repeat(32))
                .orElseThrow();
        devices.bind(ALICE, device.id(), subject, authorization.id()).orElseThrow();
        return new Monitored(subject, authorization, device.id());
    }

    public Authorization approved(SubjectId subject, Purpose purpose) {
        Authorization a = bed.service
                .request(
                        ALICE,
                        new AuthorizationRequest(
                                subject,
                                purpose,
                                UseMode.LIVE,
                                null,
                                Set.of(DataKind.LOCATION),
                                List.of(),
                                Set.of(),
                                new LegalBasis("Juez", "COIP 522", "REF-1"),
                                bed.clock.instant(),
                                bed.clock.instant().plus(Duration.ofDays(30)),
                                null,
                                false))
                .orElseThrow();
        return bed.service
                .decide(BOB, a.id(), true, "necessary and proportionate")
                .orElseThrow();
    }

    /** A 300 m circle in Cuenca. */
    public ZoneDefId home() {
        return monitoring
                .createZone(ALICE, "Home", new ZoneShape.Circle(new GeoPoint(-2.9001, -79.0059), 300))
                .orElseThrow()
                .id();
    }

    public static RuleSpec stayWithin(String id, ZoneDefId zone) {
        return new RuleSpec(id, RuleKind.STAY_WITHIN, List.of(zone), null, null, null, null, Hysteresis.NONE, null);
    }

    public static RuleSpec keepApart(String id, DeviceId protectedDevice, double meters) {
        return new RuleSpec(
                id, RuleKind.KEEP_APART, List.of(), protectedDevice, meters, null, null, Hysteresis.NONE, null);
    }

    public static RuleSpec silence(String id, Duration gap) {
        return new RuleSpec(id, RuleKind.SILENCE, List.of(), null, null, gap, null, Hysteresis.NONE, null);
    }
}
