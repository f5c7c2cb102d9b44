package org.amparo.core.face;

/**
 * Receives matches after two people confirmed them, once committed: the hook through which a
 * confirmed sighting (camera position, time) can join the subject's track. Must be quick and
 * thread-safe; a failing listener does not undo the confirmation.
 */
@FunctionalInterface
public interface ConfirmedSightingListener {
    void confirmed(FaceMatch match);
}
