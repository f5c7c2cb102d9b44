package org.amparo.core.ingest.emergency;

/** Something noteworthy about an accepted message; a flag never turns a location into an error. */
public enum LocationFlag {
    /** AML v1: the {@code ml} attribute does not equal the message's real length (published messages do this). */
    LENGTH_MISMATCH,
    /** AML v1: the message carries no {@code ml} attribute. */
    LENGTH_MISSING,
    /** AML HTTPS: no HMAC key is configured, so the sender was not authenticated. */
    MAC_NOT_VERIFIED,
    /** AML HTTPS: an optional field was malformed and ignored, as the ELS specification asks. */
    MALFORMED_FIELD_IGNORED,
    /** PIDF-LO: the civic address used a namespace other than RFC 5139's {@code ...:civicAddr}. */
    NONSTANDARD_CIVIC_NAMESPACE,
    /** PIDF-LO: a civic element this decoder does not know was ignored. */
    UNKNOWN_CIVIC_ELEMENT_IGNORED,
    /** PIDF-LO: a timestamp without a UTC offset was ignored, since its zone cannot be known. */
    TIMESTAMP_WITHOUT_OFFSET,
    /** PIDF-LO: the geometry has no {@code srsName}; WGS 84 (EPSG:4326) was assumed. */
    CRS_ASSUMED,
    /**
     * PIDF-LO: {@code retention-expiry} is already past at decoding time: the location may serve the call at hand
     * but must not be stored.
     */
    RETENTION_EXPIRED,
    /** The location time is implausible (before 2000, or the AML v2 "unknown" sentinel) and was dropped. */
    IMPLAUSIBLE_TIME_DROPPED
}
