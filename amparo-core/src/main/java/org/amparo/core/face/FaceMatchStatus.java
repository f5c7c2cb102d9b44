package org.amparo.core.face;

/** Lifecycle of a face match (CHARTER section 4): actionable only once confirmed by two people. */
public enum FaceMatchStatus {
    /** Raised by the matcher; not actionable. */
    PENDING_CONFIRMATION,
    /** Two different people confirmed it. */
    CONFIRMED,
    /** One person rejected it. */
    REJECTED
}
