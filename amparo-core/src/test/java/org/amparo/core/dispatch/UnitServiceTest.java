package org.amparo.core.dispatch;

import static org.amparo.core.testing.DispatchTestbed.ADA;
import static org.amparo.core.testing.DispatchTestbed.AUGUSTO;
import static org.amparo.core.testing.DispatchTestbed.DORA;
import static org.amparo.core.testing.DispatchTestbed.SOFIA;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditResult;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceId;
import org.amparo.core.device.DeviceKind;
import org.amparo.core.dispatch.UnitService.PositionUpdate;
import org.amparo.core.engine.Outcome;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.FixReadings;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.location.StoredFix;
import org.amparo.core.testing.DispatchTestbed;
import org.junit.jupiter.api.Test;

class UnitServiceTest {
    private static final GeoPoint QUITO = new GeoPoint(-0.18, -78.47);

    private final DispatchTestbed bed = new DispatchTestbed();

    private DeviceId device(DeviceKind kind, int n) {
        Device device = new Device(
                new DeviceId(new UUID(7, n)),
                "dev-" + n,
                kind,
                "unit device",
                "0".repeat(64),
                bed.clock.instant(),
                "ada",
                true);
        bed.devices.insert(device);
        return device.id();
    }

    @Test
    void administratorsAndSupervisorsCreateUnitsWithUniqueCallSignsAndAuditIt() {
        Unit unit = bed.unitService
                .create(ADA, new NewUnit(" AMB-12 ", UnitType.AMBULANCE, "Cruz Roja Norte", 3, null))
                .orElseThrow();

        assertThat(unit.callSign()).isEqualTo("AMB-12");
        assertThat(unit.status()).isEqualTo(UnitStatus.AVAILABLE);
        assertThat(bed.unitService.create(SOFIA, new NewUnit("AMB-12", UnitType.AMBULANCE, "Sur", 2, null)))
                .isInstanceOf(Outcome.Conflict.class);
        assertThat(bed.unitService.create(DORA, new NewUnit("AMB-13", UnitType.AMBULANCE, "Sur", 2, null)))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(bed.unitService.create(ADA, new NewUnit("AMB-14", UnitType.AMBULANCE, "Sur", 0, null)))
                .isInstanceOf(Outcome.Invalid.class);
        assertThat(bed.audited(AuditAction.CREATE, AuditResult.SUCCESS, AuditObjectType.UNIT))
                .hasSize(1);
        assertThat(bed.audited(AuditAction.CREATE, AuditResult.DENIED, AuditObjectType.UNIT))
                .hasSize(3);
    }

    @Test
    void onlyAnUnusedAgencyDeviceCanBeAUnitsDevice() {
        DeviceId phone = device(DeviceKind.PHONE, 1);
        DeviceId radio = device(DeviceKind.AGENCY_UNIT, 2);

        assertThat(bed.unitService.create(ADA, new NewUnit("P-1", UnitType.POLICE_CAR, "N", 2, phone)))
                .isInstanceOf(Outcome.Invalid.class);
        assertThat(bed.unitService.create(
                        ADA, new NewUnit("P-1", UnitType.POLICE_CAR, "N", 2, new DeviceId(new UUID(9, 9)))))
                .isInstanceOf(Outcome.Invalid.class);
        bed.unitService
                .create(ADA, new NewUnit("P-1", UnitType.POLICE_CAR, "N", 2, radio))
                .orElseThrow();
        assertThat(bed.unitService.create(ADA, new NewUnit("P-2", UnitType.POLICE_CAR, "N", 2, radio)))
                .isInstanceOf(Outcome.Conflict.class);
    }

    @Test
    void fixesMoveOnlyTheUnitOfTheirDeviceAndNeverBackwards() {
        DeviceId radio = device(DeviceKind.AGENCY_UNIT, 2);
        Unit unit = bed.unitService
                .create(ADA, new NewUnit("P-1", UnitType.POLICE_CAR, "N", 2, radio))
                .orElseThrow();
        Instant t = bed.clock.instant();

        assertThat(bed.unitService.onDeviceFix(radio, new UnitPosition(QUITO, t)))
                .isEqualTo(PositionUpdate.MOVED);
        assertThat(bed.unitService.onDeviceFix(radio, new UnitPosition(new GeoPoint(0, 0), t.minusSeconds(5))))
                .isEqualTo(PositionUpdate.OLDER);
        assertThat(bed.unitService.onDeviceFix(new DeviceId(new UUID(9, 9)), new UnitPosition(QUITO, t)))
                .isEqualTo(PositionUpdate.NOT_A_UNIT_DEVICE);
        assertThat(bed.units.find(unit.id()).orElseThrow().lastPosition()).isEqualTo(new UnitPosition(QUITO, t));
    }

    @Test
    void keptFixesOfAgencyDevicesMoveUnitsAndSubjectsFixesAreIgnored() {
        DeviceId radio = device(DeviceKind.AGENCY_UNIT, 2);
        DeviceId tracker = device(DeviceKind.TRACKER, 3);
        Unit unit = bed.unitService
                .create(ADA, new NewUnit("P-1", UnitType.POLICE_CAR, "N", 2, radio))
                .orElseThrow();
        Instant t = bed.clock.instant();

        bed.unitService.kept(List.of(
                new StoredFix(radio, null, null, t, QUITO, FixReadings.NONE, FixSource.OSMAND, t),
                new StoredFix(
                        tracker,
                        new SubjectId(new UUID(1, 1)),
                        new AuthorizationId(new UUID(2, 2)),
                        t,
                        QUITO,
                        FixReadings.NONE,
                        FixSource.OSMAND,
                        t)));

        assertThat(bed.units.find(unit.id()).orElseThrow().lastPosition()).isEqualTo(new UnitPosition(QUITO, t));
    }

    @Test
    void listingUnitsIsAnAuditedReadRefusedToAuditors() {
        bed.unit("P-1", UnitType.POLICE_CAR, QUITO);

        assertThat(bed.unitService.list(DORA, 10).orElseThrow()).hasSize(1);
        assertThat(bed.unitService.list(AUGUSTO, 10)).isInstanceOf(Outcome.Forbidden.class);
        assertThat(bed.audited(AuditAction.READ, AuditResult.SUCCESS, AuditObjectType.UNIT))
                .hasSize(1);
        assertThat(bed.audited(AuditAction.READ, AuditResult.DENIED, AuditObjectType.UNIT))
                .hasSize(1);
    }
}
