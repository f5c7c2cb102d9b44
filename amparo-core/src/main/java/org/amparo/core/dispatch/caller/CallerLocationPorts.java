package org.amparo.core.dispatch.caller;

import java.time.Clock;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.dispatch.IncidentStore;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Transactions;
import org.amparo.core.ingest.emergency.aml.AmlHttpsDecoder;

/**
 * What {@link CallerLocationService} and {@link CallerMatcher} need.
 *
 * @param tx transactions
 * @param locations caller-location store
 * @param deadLetters dead letters and intake counts
 * @param incidents incident store (open incidents by caller number; timeline entries)
 * @param audit audit log
 * @param clock time source
 * @param ids identifier source
 * @param https the AML HTTPS decoder, with the deployment's HMAC key when it has one
 * @param window the matching window
 */
public record CallerLocationPorts(
        Transactions tx,
        CallerLocationStore locations,
        DeadLetterStore deadLetters,
        IncidentStore incidents,
        AuditLog audit,
        Clock clock,
        Ids ids,
        AmlHttpsDecoder https,
        MatchWindow window) {}
