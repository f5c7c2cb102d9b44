package org.amparo.core.monitoring;

import java.time.Clock;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.device.DeviceStore;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Transactions;
import org.amparo.core.legal.AuthorizationStore;
import org.amparo.core.legal.SubjectStore;

/**
 * What {@link MonitoringService} needs.
 *
 * @param tx transactions
 * @param zones zone store
 * @param orders order store
 * @param devices devices and bindings
 * @param authorizations authorizations
 * @param subjects subjects (for the protected person's category)
 * @param audit audit log
 * @param clock time source
 * @param ids identifier source
 */
public record MonitoringPorts(
        Transactions tx,
        ZoneStore zones,
        MonitoringOrderStore orders,
        DeviceStore devices,
        AuthorizationStore authorizations,
        SubjectStore subjects,
        AuditLog audit,
        Clock clock,
        Ids ids) {}
