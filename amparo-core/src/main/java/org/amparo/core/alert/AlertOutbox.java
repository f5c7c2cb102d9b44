package org.amparo.core.alert;

/**
 * The durable queue of notices for external channels (webhook, MQTT). {@link #enqueue} runs in the
 * transaction that changes the alert, so a committed change always has its notices queued; a
 * worker delivers them with retries until they succeed. Thread-safe.
 */
@FunctionalInterface
public interface AlertOutbox {
    void enqueue(AlertNotice notice);
}
