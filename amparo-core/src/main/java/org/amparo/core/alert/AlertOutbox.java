package org.amparo.core.alert;

import org.amparo.core.monitoring.ProtectedChannel;

/**
 * The durable queue of notices for external channels: the agency's configured webhook and MQTT
 * topic, and the protected person's channel of a protection order. Both methods run in the
 * transaction that changes the alert, so a committed change always has its notices queued; a
 * worker delivers them with retries until they succeed. Thread-safe.
 */
public interface AlertOutbox {
    /** Queues {@code notice} for every channel the agency configured (none: nothing is queued). */
    void enqueue(AlertNotice notice);

    /** Queues {@code notice} for the protected person's {@code channel}. */
    void notifyProtected(ProtectedChannel channel, ProtectedPersonNotice notice);
}
