package org.amparo.core.dispatch.caller;

/** Why a well-formed caller-location message was not kept; each drop is counted, nothing else is stored. */
public enum IntakeDrop {
    /**
     * Neither the transport (SMS sender, SIP caller) nor the message names the caller's number, so it can never be
     * matched to a call: keeping it would keep data about someone no incident concerns.
     */
    NO_CALLER_NUMBER,
    /** PIDF-LO {@code retention-expiry} had passed on arrival: the sender forbids keeping it. */
    RETENTION_EXPIRED
}
