package org.amparo.core.dispatch;

import org.amparo.core.device.DeviceId;
import org.amparo.core.engine.Outcome;
import org.jspecify.annotations.Nullable;

/**
 * An emergency unit: a vehicle and its crew. Immutable; every change returns a new unit.
 *
 * @param id the unit
 * @param callSign its radio call sign, e.g. {@code AMB-12}; unique within an agency
 * @param type what kind of unit
 * @param station the station it belongs to
 * @param crewSize people on board, at least 1
 * @param status where it stands
 * @param lastPosition its latest reported position, or null when none was ever received
 * @param device the agency device (a registered {@code AGENCY_UNIT} device) whose fixes move this unit, or null
 * @param assignment the incident the unit works on; always null while {@link UnitStatus#AVAILABLE} or {@link
 *     UnitStatus#OUT_OF_SERVICE}
 */
public record Unit(
        UnitId id,
        String callSign,
        UnitType type,
        String station,
        int crewSize,
        UnitStatus status,
        @Nullable UnitPosition lastPosition,
        @Nullable DeviceId device,
        @Nullable IncidentId assignment) {
    public Unit {
        if (callSign.isBlank()) {
            throw new IllegalArgumentException("a unit has a call sign");
        }
        if (crewSize < 1) {
            throw new IllegalArgumentException("a unit has a crew of at least 1: " + crewSize);
        }
        if (assignment != null && !status.assignable()) {
            throw new IllegalArgumentException("a unit " + status + " works on no incident");
        }
    }

    /** A unit without a device or an assignment. */
    public Unit(
            UnitId id,
            String callSign,
            UnitType type,
            String station,
            int crewSize,
            UnitStatus status,
            @Nullable UnitPosition lastPosition) {
        this(id, callSign, type, station, crewSize, status, lastPosition, null, null);
    }

    /**
     * This unit sent to {@code incident}: {@link UnitStatus#DISPATCHED} with that assignment; a {@link
     * Outcome.Conflict} when its status does not allow a dispatch.
     */
    public Outcome<Unit> dispatchTo(IncidentId incident) {
        if (!status.canMoveTo(UnitStatus.DISPATCHED)) {
            return new Outcome.Conflict<>("unit " + callSign + " is " + status + " and cannot be dispatched");
        }
        return new Outcome.Done<>(
                new Unit(id, callSign, type, station, crewSize, UnitStatus.DISPATCHED, lastPosition, device, incident));
    }

    /**
     * This unit in {@code target} status, keeping its assignment unless the target is {@link UnitStatus#AVAILABLE} or
     * {@link UnitStatus#OUT_OF_SERVICE}; a {@link Outcome.Conflict} when the move is not allowed.
     */
    public Outcome<Unit> moveTo(UnitStatus target) {
        if (!status.canMoveTo(target)) {
            return new Outcome.Conflict<>("unit " + callSign + " cannot move from " + status + " to " + target);
        }
        IncidentId keep = target.assignable() ? assignment : null;
        return new Outcome.Done<>(new Unit(id, callSign, type, station, crewSize, target, lastPosition, device, keep));
    }

    /**
     * This unit at {@code position}; the same unit when the new fix is older than the one it has, since fixes may
     * arrive out of order.
     */
    public Unit reportedAt(UnitPosition position) {
        if (lastPosition != null && position.at().isBefore(lastPosition.at())) {
            return this;
        }
        return new Unit(id, callSign, type, station, crewSize, status, position, device, assignment);
    }
}
