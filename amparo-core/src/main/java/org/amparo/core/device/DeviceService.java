package org.amparo.core.device;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Outcome;
import org.amparo.core.engine.Transactions;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.AuthorizationStore;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.SubjectId;

/**
 * Registers devices and binds them to subjects under an authorization. A binding is refused unless
 * the authorization names that subject, covers LOCATION and has not ended; every registration and
 * binding is audited. Thread-safe.
 */
public final class DeviceService {
    private final Transactions tx;
    private final DeviceStore devices;
    private final AuthorizationStore authorizations;
    private final AuditLog audit;
    private final Clock clock;
    private final Ids ids;

    /** Creates the service from its ports. */
    public DeviceService(DevicePorts ports) {
        this.tx = ports.tx();
        this.devices = ports.devices();
        this.authorizations = ports.authorizations();
        this.audit = ports.audit();
        this.clock = ports.clock();
        this.ids = ports.ids();
    }

    /**
     * Registers a device whose secret hashes to {@code tokenSha256}. Agency units are registered by
     * administrators and supervisors; personal devices by investigators and supervisors.
     */
    public Outcome<Device> register(Actor actor, String identifier, DeviceKind kind, String label, String tokenSha256) {
        boolean allowed = kind == DeviceKind.AGENCY_UNIT
                ? actor.has(Role.ADMINISTRATOR) || actor.has(Role.SUPERVISOR)
                : actor.has(Role.INVESTIGATOR) || actor.has(Role.SUPERVISOR);
        if (!allowed) {
            return new Outcome.Forbidden<>("your roles cannot register a device of kind " + kind);
        }
        if (kind == DeviceKind.CAMERA) {
            return Outcome.invalid("kind", "camera stand-ins are created by Amparo, not registered");
        }
        if (!Device.validIdentifier(identifier)) {
            return Outcome.invalid(
                    "identifier", "1.." + Device.MAX_IDENTIFIER + " printable characters without spaces");
        }
        if (label.length() > 100) {
            return Outcome.invalid("label", "at most 100 characters");
        }
        Instant now = clock.instant();
        Device device = new Device(
                new DeviceId(ids.next()), identifier, kind, label.strip(), tokenSha256, now, actor.username(), true);
        return tx.inTransaction(() -> {
            if (devices.findByIdentifier(identifier).isPresent()) {
                return new Outcome.Conflict<>("a device with identifier " + identifier + " is already registered");
            }
            devices.insert(device);
            audit.append(AuditRecord.by(actor, now)
                    .detail("kind=" + kind)
                    .success(AuditAction.CREATE, AuditObjectType.DEVICE, device.id()));
            return new Outcome.Done<>(device);
        });
    }

    /** Binds a personal device to a subject under a LOCATION authorization naming that subject. */
    public Outcome<DeviceBinding> bind(
            Actor actor, DeviceId deviceId, SubjectId subjectId, AuthorizationId authorizationId) {
        Instant now = clock.instant();
        Outcome<DeviceBinding> outcome = actor.has(Role.INVESTIGATOR) || actor.has(Role.SUPERVISOR)
                ? tx.inTransaction(() -> bindChecked(actor, deviceId, subjectId, authorizationId, now))
                : new Outcome.Forbidden<>("only investigators and supervisors bind devices");
        if (!(outcome instanceof Outcome.Done<DeviceBinding>)) {
            tx.inTransaction(() -> audit.append(AuditRecord.by(actor, now)
                    .authorization(authorizationId)
                    .detail("binding refused: " + outcome)
                    .denied(AuditAction.UPDATE, AuditObjectType.DEVICE, deviceId)));
        }
        return outcome;
    }

    private Outcome<DeviceBinding> bindChecked(
            Actor actor, DeviceId deviceId, SubjectId subjectId, AuthorizationId authorizationId, Instant now) {
        Optional<Device> device = devices.find(deviceId);
        if (device.isEmpty()) {
            return new Outcome.NotFound<>("device " + deviceId);
        }
        if (!device.get().kind().needsAuthorization()) {
            return Outcome.invalid("deviceId", "agency units are not bound to subjects");
        }
        Optional<Authorization> authorization = authorizations.find(authorizationId);
        if (authorization.isEmpty()) {
            return new Outcome.NotFound<>("authorization " + authorizationId);
        }
        Authorization a = authorization.get();
        if (!a.subjectId().equals(subjectId)) {
            return new Outcome.Forbidden<>("the authorization does not name this subject");
        }
        if (!a.scope().dataKinds().contains(DataKind.LOCATION)) {
            return new Outcome.Forbidden<>("the authorization does not cover LOCATION");
        }
        if (a.status().ended() || !now.isBefore(a.expiresAt())) {
            return new Outcome.Conflict<>("the authorization has ended");
        }
        devices.unbind(deviceId, now);
        DeviceBinding binding = new DeviceBinding(deviceId, subjectId, authorizationId, now, null, actor.username());
        devices.bind(binding);
        audit.append(AuditRecord.by(actor, now)
                .authorization(authorizationId)
                .detail("bound to subject " + subjectId)
                .success(AuditAction.UPDATE, AuditObjectType.DEVICE, deviceId));
        return new Outcome.Done<>(binding);
    }
}
