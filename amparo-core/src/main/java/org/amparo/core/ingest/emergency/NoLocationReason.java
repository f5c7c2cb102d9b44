package org.amparo.core.ingest.emergency;

/** Why a well-formed message carries no usable position. */
public enum NoLocationReason {
    /** AML {@code pm=N}: the handset found no position. */
    POSITIONING_METHOD_NONE,
    /** AML {@code rd=N}: the handset reports no radius, hence no position. */
    RADIUS_NONE,
    /** Both coordinates are exactly zero, the AML convention for "no location". */
    ZERO_COORDINATES,
    /** The message has no coordinates at all. */
    COORDINATES_ABSENT,
    /** HELD error {@code locationUnknown} or {@code notLocatable}: the server cannot locate the device. */
    LOCATION_UNKNOWN,
    /** Another HELD error code (for example {@code timeout}, {@code generalLsError}); the code is in the detail. */
    SERVER_ERROR,
    /** A PIDF-LO document with no geometry or civic address in any {@code location-info}. */
    NO_LOCATION_INFO
}
