package org.amparo.core.monitoring;

import java.util.UUID;

/** Identifier of a {@link MonitoringOrderDefinition}; the engine's order id is its text. */
public record MonitoringOrderId(UUID value) {
    public static MonitoringOrderId parse(String text) {
        return new MonitoringOrderId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
