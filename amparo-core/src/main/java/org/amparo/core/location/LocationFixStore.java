package org.amparo.core.location;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.amparo.core.device.DeviceId;
import org.amparo.core.legal.SubjectId;

/**
 * Persistence of kept fixes. {@link #insert} runs in the caller's transaction, so a fix is durable
 * when the ingest acknowledges it. A repeated (device, time) is ignored, not an error: devices resend
 * after a lost acknowledgement. Thread-safe.
 */
public interface LocationFixStore {
    /** Stores the fixes; returns how many were new (repeats of a device and time are skipped). */
    int insert(List<StoredFix> fixes);

    /** A subject's fixes with {@code from <= at < to}, oldest first, at most {@code limit}. */
    List<StoredFix> track(SubjectId subject, Instant from, Instant to, int limit);

    /** The newest fix of a device. */
    Optional<StoredFix> latest(DeviceId device);
}
