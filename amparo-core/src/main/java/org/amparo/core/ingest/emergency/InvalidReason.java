package org.amparo.core.ingest.emergency;

/** Why a message was refused; the message is kept in a dead-letter list by the caller, not here. */
public enum InvalidReason {
    /** Not the syntax of the format at all. */
    MALFORMED,
    /** Larger than the decoder's limits. */
    TOO_LARGE,
    /** A header or version this decoder does not implement. */
    UNSUPPORTED_VERSION,
    /** AML v1: an attribute outside the closed set of the specification. */
    UNKNOWN_ATTRIBUTE,
    /** The same attribute twice. */
    DUPLICATE_ATTRIBUTE,
    /** A value of the wrong form (date, number, code). */
    BAD_VALUE,
    /** A number outside its range (latitude, confidence, radius). */
    OUT_OF_RANGE,
    /** AML HTTPS: a key is configured and the message has no {@code hmac}. */
    MISSING_MAC,
    /** AML HTTPS: the {@code hmac} does not authenticate the message. */
    BAD_MAC,
    /**
     * AML HTTPS: the deployment has no shared key configured, so no message can be authenticated; every one is
     * refused rather than trusted.
     */
    NO_KEY_CONFIGURED,
    /** XML with a DOCTYPE or entity declaration, refused against entity expansion and external fetches. */
    FORBIDDEN_XML,
    /** XML that is neither PIDF-LO nor a HELD response, or a shape, CRS or unit not supported. */
    UNSUPPORTED_CONTENT
}
