package org.amparo.core.legal;

import java.time.Clock;
import java.util.List;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Transactions;
import org.amparo.core.transparency.StatisticsRecorder;

/**
 * What {@link AuthorizationService} needs from its surroundings.
 *
 * @param tx transactions
 * @param subjects subject store
 * @param authorizations authorization store
 * @param notifications subject-notification task store
 * @param audit the audit log
 * @param statistics non-personal counters for the transparency report
 * @param erasers one per capability that stores data under authorizations
 * @param listener receives lifecycle events after commit
 * @param clock the time source
 * @param ids identifier source
 */
public record AuthorizationPorts(
        Transactions tx,
        SubjectStore subjects,
        AuthorizationStore authorizations,
        NotificationTaskStore notifications,
        AuditLog audit,
        StatisticsRecorder statistics,
        List<ProducedDataEraser> erasers,
        AuthorizationEventListener listener,
        Clock clock,
        Ids ids) {
    public AuthorizationPorts {
        erasers = List.copyOf(erasers);
    }
}
