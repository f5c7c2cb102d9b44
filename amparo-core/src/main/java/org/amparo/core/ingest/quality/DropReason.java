package org.amparo.core.ingest.quality;

/** Why {@link FixFilter} dropped a fix. A closed set, for counting per device and reason. */
public enum DropReason {
    /** Latitude and longitude both exactly 0: the "no fix yet" value of many devices, not a place in the sea. */
    ZERO_COORDINATES,
    /** The accuracy radius is larger than the configured limit. */
    POOR_ACCURACY,
    /** The time is later than now plus the configured tolerance: a wrong device clock. */
    FUTURE_TIME,
    /** The time is before the earliest plausible instant (e.g. 1901, a 32-bit clock underflow) or older than the maximum age. */
    IMPLAUSIBLY_OLD,
    /** The device already has an accepted fix at exactly this time. */
    DUPLICATE,
    /** Reaching this fix from an accepted fix next to it in time needs a speed above the limit. */
    IMPOSSIBLE_SPEED
}
