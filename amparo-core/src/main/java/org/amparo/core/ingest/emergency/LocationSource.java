package org.amparo.core.ingest.emergency;

/** The transport and format a caller location arrived in. */
public enum LocationSource {
    /** AML text SMS, version 1 ({@code A"ML=1;lt=...}). */
    AML_SMS_V1,
    /** AML text SMS, version 2 ({@code A"ML=2;en=...;lo=lat,lon,acc}), the ELS "beta" format. */
    AML_SMS_V2,
    /** AML data SMS: the version 1 or 2 text in GSM 7-bit packed form, delivered as hexadecimal. */
    AML_BINARY_SMS,
    /** AML HTTPS form post ({@code v=1&location_latitude=...}). */
    AML_HTTPS,
    /** A PIDF-LO document on its own (for example from a SIP INVITE body). */
    PIDF_LO,
    /** A HELD location response (RFC 5985), carrying PIDF-LO or an error. */
    HELD
}
