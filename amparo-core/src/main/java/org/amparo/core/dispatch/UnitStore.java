package org.amparo.core.dispatch;

import java.util.List;
import java.util.Optional;
import org.amparo.core.device.DeviceId;

/**
 * Persistence of emergency units. Call signs are unique, and so are devices among units. Every method runs in the
 * caller's transaction; {@link #lock} holds the unit until it ends. Thread-safe.
 */
public interface UnitStore {
    void insert(Unit unit);

    /** Replaces the status and the assignment; the position is changed only by {@link #updatePosition}. */
    void update(Unit unit);

    /**
     * Sets the unit's last position when it has none or an older one (fixes arrive out of order); answers whether
     * it changed.
     */
    boolean updatePosition(UnitId id, UnitPosition position);

    Optional<Unit> find(UnitId id);

    /** Like {@link #find}, holding the unit until the transaction ends. */
    Optional<Unit> lock(UnitId id);

    Optional<Unit> findByCallSign(String callSign);

    /** The unit whose device this is. */
    Optional<Unit> findByDevice(DeviceId device);

    /** Units by call sign, at most {@code limit}. */
    List<Unit> all(int limit);

    /** Every unit in {@code status}, by call sign. */
    List<Unit> inStatus(UnitStatus status);

    /** The units assigned to {@code incident}, by call sign. */
    List<Unit> assignedTo(IncidentId incident);
}
