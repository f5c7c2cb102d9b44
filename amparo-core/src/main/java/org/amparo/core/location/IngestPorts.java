package org.amparo.core.location;

import java.time.Clock;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.device.DeviceStore;
import org.amparo.core.engine.Transactions;
import org.amparo.core.ingest.quality.FixFilter;
import org.amparo.core.legal.AuthorizationStore;

/**
 * What {@link LocationIngestService} needs.
 *
 * @param tx transactions
 * @param devices device registry and bindings
 * @param authorizations the authorizations, read by the processing policy once per call
 * @param fixes the fix store
 * @param drops drop counters
 * @param filter the quality filter
 * @param audit the audit log
 * @param listener receives kept fixes after commit
 * @param clock time source
 */
public record IngestPorts(
        Transactions tx,
        DeviceStore devices,
        AuthorizationStore authorizations,
        LocationFixStore fixes,
        DropCounter drops,
        FixFilter filter,
        AuditLog audit,
        KeptFixListener listener,
        Clock clock) {}
