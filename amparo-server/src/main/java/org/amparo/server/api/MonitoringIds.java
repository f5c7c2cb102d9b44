package org.amparo.server.api;

import org.amparo.core.alert.AlertId;
import org.amparo.core.device.DeviceId;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.core.monitoring.ZoneDefId;

/** Parses the identifiers of devices, zones, orders and alerts, answering 400 for malformed ones. */
final class MonitoringIds {
    private MonitoringIds() {}

    static ZoneDefId zone(String text, String field) {
        try {
            return ZoneDefId.parse(text);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid(field, "not a zone id");
        }
    }

    static DeviceId device(String text, String field) {
        try {
            return DeviceId.parse(text);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid(field, "not a device id");
        }
    }

    static MonitoringOrderId order(String text) {
        try {
            return MonitoringOrderId.parse(text);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("id", "not a monitoring order id");
        }
    }

    static AlertId alert(String text) {
        try {
            return AlertId.parse(text);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("id", "not an alert id");
        }
    }
}
