package org.amparo.core.alert;

import java.time.Instant;

/**
 * What the protected person of a protection order receives when a keep-apart alert changes: a
 * reference to quote to the monitoring centre, the alert's status and a short message in English
 * and Spanish. It carries no position, no name and no identifier of the monitored subject, the
 * order or the authorization. Immutable.
 *
 * @param reference the alert's identifier, to quote when calling the centre
 * @param status the alert's new status
 * @param at when the change happened
 */
public record ProtectedPersonNotice(AlertId reference, AlertStatus status, Instant at) {
    /** The notice for {@code alert}'s current status. */
    public static ProtectedPersonNotice of(Alert alert, Instant at) {
        return new ProtectedPersonNotice(alert.id(), alert.status(), at);
    }

    /** The English message for the status. */
    public String message() {
        return switch (status) {
            case RAISED, ESCALATED ->
                "The person your protection order keeps away is closer than the distance the court set."
                        + " The monitoring centre has been alerted. Go to a safe place; if you are in danger, call 911.";
            case ACKNOWLEDGED -> "The monitoring centre is attending the alert.";
            case RESOLVED -> "The alert has ended: the distance set by the court is kept again.";
        };
    }

    /** The Spanish message for the status. */
    public String messageEs() {
        return switch (status) {
            case RAISED, ESCALATED ->
                "La persona que su orden de protección mantiene alejada está más cerca de la distancia fijada"
                        + " por el juez. El centro de monitoreo ha sido alertado. Vaya a un lugar seguro; si está en"
                        + " peligro, llame al 911.";
            case ACKNOWLEDGED -> "El centro de monitoreo está atendiendo la alerta.";
            case RESOLVED -> "La alerta ha terminado: se mantiene de nuevo la distancia fijada por el juez.";
        };
    }

    /** The notice as a small JSON object. */
    public String json() {
        return "{\"notice\":\"PROTECTION_ORDER\",\"reference\":\"" + reference + "\",\"status\":\"" + status
                + "\",\"at\":\"" + at + "\",\"message\":\"" + message() + "\",\"messageEs\":\"" + messageEs()
                + "\"}";
    }
}
