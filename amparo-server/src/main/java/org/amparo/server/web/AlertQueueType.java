package org.amparo.server.web;

import org.amparo.core.alert.AlertType;
import org.jspecify.annotations.Nullable;

/**
 * What a line of the unified queue is: one type per geofence alert type, a face match awaiting confirmation, an
 * incident without a unit. The URL names them as written here ({@code ?type=FACE_MATCH&type=INCIDENT}).
 */
public enum AlertQueueType {
    STAY_WITHIN_BREACH(AlertType.STAY_WITHIN_BREACH),
    STAY_OUT_BREACH(AlertType.STAY_OUT_BREACH),
    KEEP_APART_BREACH(AlertType.KEEP_APART_BREACH),
    CURFEW_BREACH(AlertType.CURFEW_BREACH),
    DEVICE_SILENT(AlertType.DEVICE_SILENT),
    LOW_BATTERY(AlertType.LOW_BATTERY),
    FACE_MATCH(null),
    INCIDENT(null);

    private final @Nullable AlertType alertType;

    AlertQueueType(@Nullable AlertType alertType) {
        this.alertType = alertType;
    }

    /** The geofence alert type, or null for face matches and incidents. */
    public @Nullable AlertType alertType() {
        return alertType;
    }

    /** The queue type of a geofence alert type; face matches are listed from their own service. */
    static AlertQueueType of(AlertType type) {
        for (AlertQueueType t : values()) {
            if (t.alertType == type) {
                return t;
            }
        }
        throw new IllegalArgumentException("no queue type for " + type);
    }

    /** The message key of its name on the page. */
    public String messageKey() {
        return alertType == null ? "queue.type." + name() : "alertType." + name();
    }
}
