package org.amparo.core.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.amparo.core.access.Actor;
import org.amparo.core.access.Role;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.audit.Refusals;
import org.amparo.core.device.Device;
import org.amparo.core.device.DeviceId;
import org.amparo.core.device.DeviceKind;
import org.amparo.core.engine.Outcome;
import org.amparo.core.location.KeptFixListener;
import org.amparo.core.location.StoredFix;

/**
 * The agency's emergency units: created by administrators and supervisors, listed (an audited read: crews and
 * positions of agency staff are personal data) by dispatchers, supervisors and administrators, and moved by the
 * fixes of their own agency devices. Only a device registered as {@link DeviceKind#AGENCY_UNIT} can be a unit's
 * device, so no personal phone or tracker can be followed this way (charter section 3). Position updates need no
 * person and are not audited one by one; the location ingest already decided to keep the fix.
 *
 * <p>Thread-safe: state lives in the stores.
 */
public final class UnitService implements KeptFixListener {
    /** Most units one list returns. */
    public static final int MAX_LIST = 5_000;

    private final DispatchPorts p;

    public UnitService(DispatchPorts ports) {
        this.p = ports;
    }

    /** Creates an AVAILABLE unit without a position. */
    public Outcome<Unit> create(Actor actor, NewUnit in) {
        Instant now = p.clock().instant();
        UnitId id = new UnitId(p.ids().next());
        Outcome<Unit> outcome = actor.has(Role.ADMINISTRATOR) || actor.has(Role.SUPERVISOR)
                ? checked(in).orElseGet(() -> p.tx().inTransaction(() -> insert(actor, in, id, now)))
                : new Outcome.Forbidden<>("only administrators and supervisors create units");
        return Refusals.audited(
                p.tx(), p.audit(), actor, now, "create unit", AuditAction.CREATE, AuditObjectType.UNIT, id, outcome);
    }

    private static Optional<Outcome<Unit>> checked(NewUnit in) {
        if (in.callSign().isEmpty() || in.callSign().length() > NewUnit.MAX_CALL_SIGN) {
            return Optional.of(Outcome.invalid("callSign", "1.." + NewUnit.MAX_CALL_SIGN + " characters"));
        }
        if (in.station().isEmpty() || in.station().length() > NewUnit.MAX_STATION) {
            return Optional.of(Outcome.invalid("station", "1.." + NewUnit.MAX_STATION + " characters"));
        }
        if (in.crewSize() < 1 || in.crewSize() > 50) {
            return Optional.of(Outcome.invalid("crewSize", "1..50 people"));
        }
        return Optional.empty();
    }

    private Outcome<Unit> insert(Actor actor, NewUnit in, UnitId id, Instant now) {
        if (p.units().findByCallSign(in.callSign()).isPresent()) {
            return new Outcome.Conflict<>("a unit with call sign " + in.callSign() + " exists");
        }
        DeviceId device = in.device();
        if (device != null) {
            Optional<Device> registered = p.devices().find(device);
            if (registered.isEmpty() || registered.get().kind() != DeviceKind.AGENCY_UNIT) {
                return Outcome.invalid("deviceId", "not a registered agency-unit device");
            }
            if (p.units().findByDevice(device).isPresent()) {
                return new Outcome.Conflict<>("device " + device + " already belongs to a unit");
            }
        }
        Unit unit = new Unit(
                id, in.callSign(), in.type(), in.station(), in.crewSize(), UnitStatus.AVAILABLE, null, device, null);
        p.units().insert(unit);
        p.audit()
                .append(AuditRecord.by(actor, now)
                        .detail("callSign=" + in.callSign() + " type=" + in.type() + " device=" + device)
                        .success(AuditAction.CREATE, AuditObjectType.UNIT, id));
        return new Outcome.Done<>(unit);
    }

    /** Units by call sign, with status, assignment and last position; audited. */
    public Outcome<List<Unit>> list(Actor actor, int limit) {
        Instant now = p.clock().instant();
        Outcome<List<Unit>> outcome;
        if (!(DispatchService.operates(actor) || actor.has(Role.ADMINISTRATOR))) {
            outcome = new Outcome.Forbidden<>("only dispatchers, supervisors and administrators list units");
        } else if (limit < 1 || limit > MAX_LIST) {
            outcome = Outcome.invalid("limit", "1.." + MAX_LIST);
        } else {
            outcome = p.tx().inTransaction(() -> {
                List<Unit> units = p.units().all(limit);
                p.audit()
                        .append(AuditRecord.by(actor, now)
                                .detail("units returned=" + units.size())
                                .success(AuditAction.READ, AuditObjectType.UNIT, "-"));
                return new Outcome.Done<>(units);
            });
        }
        return Refusals.audited(
                p.tx(), p.audit(), actor, now, "list units", AuditAction.READ, AuditObjectType.UNIT, "-", outcome);
    }

    /**
     * A fix of an agency device: moves the unit whose device it is. Answers what happened; never refuses loudly,
     * since devices cannot act on an answer.
     */
    public PositionUpdate onDeviceFix(DeviceId device, UnitPosition position) {
        return p.tx().inTransaction(() -> {
            Optional<Unit> unit = p.units().findByDevice(device);
            if (unit.isEmpty()) {
                return PositionUpdate.NOT_A_UNIT_DEVICE;
            }
            return p.units().updatePosition(unit.get().id(), position) ? PositionUpdate.MOVED : PositionUpdate.OLDER;
        });
    }

    /** Feeds kept fixes of agency devices (those kept without a subject) to {@link #onDeviceFix}. */
    @Override
    public void kept(List<StoredFix> fixes) {
        for (StoredFix fix : fixes) {
            if (fix.subject() == null) {
                onDeviceFix(fix.device(), new UnitPosition(fix.position(), fix.at()));
            }
        }
    }

    /** What a device fix did. */
    public enum PositionUpdate {
        /** The unit's last position is now the fix. */
        MOVED,
        /** The unit already had a newer position; nothing changed. */
        OLDER,
        /** No unit has this device: the fix is ignored here. */
        NOT_A_UNIT_DEVICE
    }
}
