package org.amparo.core.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.core.device.DeviceId;
import org.amparo.core.dispatch.IncidentId;
import org.amparo.core.dispatch.Unit;
import org.amparo.core.dispatch.UnitId;
import org.amparo.core.dispatch.UnitPosition;
import org.amparo.core.dispatch.UnitStatus;
import org.amparo.core.dispatch.UnitStore;

/** A {@link UnitStore} in memory, for tests; {@link #lock} is {@link #find}. Thread-safe (synchronized). */
public final class InMemoryUnitStore implements UnitStore {
    private static final Comparator<Unit> BY_CALL_SIGN =
            Comparator.comparing(Unit::callSign).thenComparing(u -> u.id().value());

    private final Map<UnitId, Unit> units = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Unit unit) {
        if (findByCallSign(unit.callSign()).isPresent()
                || (unit.device() != null && findByDevice(unit.device()).isPresent())) {
            throw new IllegalStateException("duplicate call sign or device");
        }
        units.put(unit.id(), unit);
    }

    @Override
    public synchronized void update(Unit unit) {
        Unit old = units.get(unit.id());
        if (old == null) {
            throw new IllegalStateException("no unit " + unit.id());
        }
        units.put(
                unit.id(),
                new Unit(
                        old.id(),
                        old.callSign(),
                        old.type(),
                        old.station(),
                        old.crewSize(),
                        unit.status(),
                        old.lastPosition(),
                        old.device(),
                        unit.assignment()));
    }

    @Override
    public synchronized boolean updatePosition(UnitId id, UnitPosition position) {
        Unit old = units.get(id);
        if (old == null) {
            return false;
        }
        Unit moved = old.reportedAt(position);
        units.put(id, moved);
        return moved != old;
    }

    @Override
    public synchronized Optional<Unit> find(UnitId id) {
        return Optional.ofNullable(units.get(id));
    }

    @Override
    public Optional<Unit> lock(UnitId id) {
        return find(id);
    }

    @Override
    public synchronized Optional<Unit> findByCallSign(String callSign) {
        return units.values().stream()
                .filter(u -> u.callSign().equals(callSign))
                .findFirst();
    }

    @Override
    public synchronized Optional<Unit> findByDevice(DeviceId device) {
        return units.values().stream().filter(u -> device.equals(u.device())).findFirst();
    }

    @Override
    public synchronized List<Unit> all(int limit) {
        return units.values().stream().sorted(BY_CALL_SIGN).limit(limit).toList();
    }

    @Override
    public synchronized List<Unit> inStatus(UnitStatus status) {
        return units.values().stream()
                .filter(u -> u.status() == status)
                .sorted(BY_CALL_SIGN)
                .toList();
    }

    @Override
    public synchronized List<Unit> assignedTo(IncidentId incident) {
        return units.values().stream()
                .filter(u -> incident.equals(u.assignment()))
                .sorted(BY_CALL_SIGN)
                .toList();
    }
}
