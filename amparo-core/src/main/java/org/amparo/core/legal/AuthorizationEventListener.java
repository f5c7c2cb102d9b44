package org.amparo.core.legal;

/**
 * Receives lifecycle events after they commit; capabilities use it to stop processing at once.
 * Implementations must be quick and thread-safe; a failing listener does not undo the change.
 */
@FunctionalInterface
public interface AuthorizationEventListener {
    void on(AuthorizationEvent event);
}
