package org.amparo.core.device;

import static org.amparo.core.testing.LegalTestbed.ALICE;
import static org.amparo.core.testing.LegalTestbed.BOB;
import static org.amparo.core.testing.LegalTestbed.OSCAR;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditResult;
import org.amparo.core.engine.Outcome;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationRequest;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.DataSubjectCategory;
import org.amparo.core.legal.LegalBasis;
import org.amparo.core.legal.Purpose;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.legal.UseMode;
import org.amparo.core.testing.InMemoryDeviceStore;
import org.amparo.core.testing.LegalTestbed;
import org.junit.jupiter.api.Test;

class DeviceServiceTest {
    private final LegalTestbed bed = new LegalTestbed();
    private final InMemoryDeviceStore store = new InMemoryDeviceStore();
    private final DeviceService devices =
            new DeviceService(new DevicePorts(bed.tx, store, bed.authorizations, bed.audit, bed.clock, bed.ids));
    private static final String HASH = "0f".repeat(32);

    private Authorization approved(SubjectId subject, Purpose purpose, Set<DataKind> kinds) {
        Authorization a = bed.service
                .request(
                        ALICE,
                        new AuthorizationRequest(
                                subject,
                                purpose,
                                UseMode.LIVE,
                                null,
                                kinds,
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

    @Test
    void registersOnlyWithAllowedRolesAndUniqueIdentifiers() {
        assertThat(devices.register(OSCAR, "imei-1", DeviceKind.TRACKER, "EM 1", HASH))
                .isInstanceOf(Outcome.Forbidden.class);
        assertThat(devices.register(ALICE, "imei-1", DeviceKind.TRACKER, "EM 1", HASH))
                .isInstanceOf(Outcome.Done.class);
        assertThat(devices.register(ALICE, "imei-1", DeviceKind.TRACKER, "EM 1", HASH))
                .isInstanceOf(Outcome.Conflict.class);
        assertThat(devices.register(ALICE, "bad id", DeviceKind.PHONE, "x", HASH))
                .isInstanceOf(Outcome.Invalid.class);
        assertThat(devices.register(ALICE, "unit-7", DeviceKind.AGENCY_UNIT, "Patrol", HASH))
                .as("agency units are the administrator's or supervisor's")
                .isInstanceOf(Outcome.Forbidden.class);
        Actor admin = new Actor("root", Set.of(Role.ADMINISTRATOR));
        assertThat(devices.register(admin, "unit-7", DeviceKind.AGENCY_UNIT, "Patrol", HASH))
                .isInstanceOf(Outcome.Done.class);
    }

    @Test
    void bindsOnlyUnderALocationAuthorizationNamingTheSubject() {
        SubjectId offender = bed.subject("Offender", DataSubjectCategory.CONVICTED);
        SubjectId other = bed.subject("Someone else", DataSubjectCategory.CONVICTED);
        Authorization order = approved(offender, Purpose.ELECTRONIC_MONITORING_ORDER, Set.of(DataKind.LOCATION));
        Device tracker = devices.register(ALICE, "imei-2", DeviceKind.TRACKER, "EM 2", HASH)
                .orElseThrow();

        assertThat(devices.bind(ALICE, tracker.id(), other, order.id())).isInstanceOf(Outcome.Forbidden.class);
        assertThat(devices.bind(OSCAR, tracker.id(), offender, order.id())).isInstanceOf(Outcome.Forbidden.class);
        DeviceBinding binding =
                devices.bind(ALICE, tracker.id(), offender, order.id()).orElseThrow();
        assertThat(store.bindingAt(tracker.id(), bed.clock.instant())).contains(binding);
        assertThat(bed.audited(AuditAction.UPDATE, AuditResult.DENIED)).hasSize(2);
        assertThat(bed.audited(AuditAction.UPDATE, AuditResult.SUCCESS)).hasSize(1);
    }

    @Test
    void refusesFaceOnlyAndEndedAuthorizations() {
        SubjectId missing = bed.subject("Missing", DataSubjectCategory.MISSING_PERSON);
        Authorization faceOnly = approved(missing, Purpose.VICTIM_OR_MISSING_PERSON_SEARCH, Set.of(DataKind.FACE));
        Device phone = devices.register(ALICE, "phone-3", DeviceKind.PHONE, "phone", HASH)
                .orElseThrow();
        assertThat(devices.bind(ALICE, phone.id(), missing, faceOnly.id())).isInstanceOf(Outcome.Forbidden.class);

        Authorization location = approved(missing, Purpose.VICTIM_OR_MISSING_PERSON_SEARCH, Set.of(DataKind.LOCATION));
        bed.service.revoke(BOB, location.id(), "found safe").orElseThrow();
        assertThat(devices.bind(ALICE, phone.id(), missing, location.id())).isInstanceOf(Outcome.Conflict.class);
    }
}
