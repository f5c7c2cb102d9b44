package org.amparo.core.ingest;

/** Why a decoder refused a message. A closed set, so that callers can count and map them. */
public enum RejectReason {
    /** Not well-formed for its protocol: bad JSON, bad percent-encoding, invalid UTF-8, conflicting keys. */
    MALFORMED,
    /** Larger or deeper than the configured limits; refused before any costly work. */
    TOO_LARGE,
    /** A required field (device identifier, latitude, longitude, time) is absent. */
    MISSING_FIELD,
    /** A field is present but not of the expected type, format or range (other than coordinates and time). */
    INVALID_FIELD,
    /** Latitude or longitude is not a finite number in range. */
    INVALID_COORDINATES,
    /** The time cannot be read as an instant. */
    INVALID_TIME,
    /** A well-formed message of a kind this decoder does not turn into fixes (e.g. an OwnTracks {@code lwt}). */
    UNSUPPORTED,
    /** The HTTP content type is not one this protocol uses (HTTP 415). */
    UNSUPPORTED_MEDIA_TYPE,
    /** The HTTP method is not one this protocol uses (HTTP 405). */
    UNSUPPORTED_METHOD
}
