package org.amparo.core.dispatch;

import java.time.Clock;
import java.util.function.Supplier;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.device.DeviceStore;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Transactions;

/**
 * What {@link DispatchService} and {@link UnitService} need.
 *
 * @param tx transactions
 * @param incidents incident store
 * @param units unit store
 * @param devices registered devices (a unit's device must be an agency device)
 * @param audit audit log
 * @param clock time source
 * @param ids identifier source
 * @param ranking proposes units for an incident
 * @param provinces the current province locator (a supplier, so that re-imported areas take effect)
 */
public record DispatchPorts(
        Transactions tx,
        IncidentStore incidents,
        UnitStore units,
        DeviceStore devices,
        AuditLog audit,
        Clock clock,
        Ids ids,
        UnitRanking ranking,
        Supplier<ProvinceLocator> provinces) {}
