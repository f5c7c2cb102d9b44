package org.amparo.core.device;

import java.time.Clock;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Transactions;
import org.amparo.core.legal.AuthorizationStore;

/**
 * What {@link DeviceService} needs.
 *
 * @param tx transactions
 * @param devices device store
 * @param authorizations authorization store
 * @param audit audit log
 * @param clock time source
 * @param ids identifier source
 */
public record DevicePorts(
        Transactions tx,
        DeviceStore devices,
        AuthorizationStore authorizations,
        AuditLog audit,
        Clock clock,
        Ids ids) {}
