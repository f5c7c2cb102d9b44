package org.amparo.core.monitoring;

import org.amparo.core.geo.track.MonitoringOrder;

/**
 * Told after commit when an order starts or ends, so that the geofence runtime registers or
 * removes it. Implementations are quick and thread-safe.
 */
public interface OrderListener {
    /** A committed new order, ready for the engine. */
    void started(MonitoringOrderDefinition order, MonitoringOrder engineOrder);

    /** A committed end. */
    void ended(MonitoringOrderId order);

    /** Does nothing; for callers that register orders themselves. */
    OrderListener NONE = new OrderListener() {
        @Override
        public void started(MonitoringOrderDefinition order, MonitoringOrder engineOrder) {}

        @Override
        public void ended(MonitoringOrderId order) {}
    };
}
