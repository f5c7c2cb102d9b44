package org.amparo.core.alert;

import java.time.Instant;

/**
 * What leaves Amparo about an alert change: identifiers, type and status only. No names, no
 * positions: a receiving system that needs more asks through the audited API. Immutable.
 *
 * @param alertId the alert
 * @param type its type
 * @param status its new status
 * @param orderId the monitoring order it belongs to
 * @param at when the change happened
 */
public record AlertNotice(AlertId alertId, AlertType type, AlertStatus status, String orderId, Instant at) {
    public static AlertNotice of(Alert alert, Instant at) {
        return new AlertNotice(
                alert.id(), alert.type(), alert.status(), alert.orderId().toString(), at);
    }

    /** The notice as a small JSON object. */
    public String json() {
        return "{\"alertId\":\"" + alertId + "\",\"type\":\"" + type + "\",\"status\":\"" + status + "\",\"orderId\":\""
                + orderId + "\",\"at\":\"" + at + "\"}";
    }
}
