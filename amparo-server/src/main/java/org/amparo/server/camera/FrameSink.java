package org.amparo.server.camera;

import org.amparo.core.camera.CameraId;
import org.amparo.core.engine.Outcome;

/** Where a pulled frame goes: the same matching path as uploaded frames. Thread-safe. */
@FunctionalInterface
public interface FrameSink {
    /** Matches one encoded frame of {@code camera}: the number of matches it produced, or the refusal. */
    Outcome<Integer> match(CameraId camera, byte[] jpeg);
}
