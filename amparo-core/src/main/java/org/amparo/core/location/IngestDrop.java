package org.amparo.core.location;

/**
 * Why the pipeline did not keep a fix, beyond the quality filter's own reasons
 * ({@link org.amparo.core.ingest.quality.DropReason}).
 */
public enum IngestDrop {
    /** No registered device reports this identifier. */
    UNKNOWN_DEVICE,
    /** The device is registered but disabled. */
    DEVICE_DISABLED,
    /** No binding ties the device to a subject at the fix's time. */
    NOT_BOUND,
    /** The binding's authorization does not permit this fix (ended, out of area, ...). */
    NOT_AUTHORIZED
}
