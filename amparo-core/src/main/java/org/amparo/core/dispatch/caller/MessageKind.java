package org.amparo.core.dispatch.caller;

/** The form a caller-location message was received in, before decoding tells its exact version. */
public enum MessageKind {
    /** AML text SMS (version 1 or 2). */
    AML_SMS_TEXT,
    /** AML data SMS, as hexadecimal user data. */
    AML_SMS_DATA,
    /** AML HTTPS form post. */
    AML_HTTPS,
    /** A PIDF-LO document. */
    PIDF_LO,
    /** A HELD location response. */
    HELD
}
