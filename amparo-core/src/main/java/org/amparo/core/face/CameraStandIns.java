package org.amparo.core.face;

import java.time.Instant;
import org.amparo.core.device.DeviceId;

/**
 * Creates, when missing, the disabled {@link org.amparo.core.device.DeviceKind#CAMERA} device under
 * which one camera's confirmed sightings of one subject are kept as location fixes. Runs in the
 * caller's transaction; a concurrent creation of the same stand-in is not an error. Thread-safe.
 */
@FunctionalInterface
public interface CameraStandIns {
    void ensure(DeviceId id, String identifier, String label, Instant at);
}
