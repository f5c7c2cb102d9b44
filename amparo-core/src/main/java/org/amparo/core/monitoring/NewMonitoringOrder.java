package org.amparo.core.monitoring;

import java.util.List;
import org.amparo.core.device.DeviceId;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;

/**
 * A request for a monitoring order. Immutable.
 *
 * @param authorizationId the authorization to run under
 * @param subjectId the subject it names
 * @param deviceId the subject's bound device
 * @param rules the rules, each already valid on its own
 */
public record NewMonitoringOrder(
        AuthorizationId authorizationId, SubjectId subjectId, DeviceId deviceId, List<RuleSpec> rules) {
    public NewMonitoringOrder {
        rules = List.copyOf(rules);
    }
}
