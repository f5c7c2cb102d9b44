package org.amparo.core.ingest;

/**
 * The signal a decoder raises internally when a field makes the message unacceptable. It never leaves a
 * decoder's public {@code decode} method: each one turns it into {@link DecodeResult.Rejected}. It
 * carries no stack trace, because it is an expected outcome, not a bug.
 */
public final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;

    private final RejectReason reason;

    public DecodeException(RejectReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }

    /** The rejection this signal stands for. */
    public DecodeResult.Rejected toRejected() {
        return new DecodeResult.Rejected(reason, String.valueOf(getMessage()));
    }
}
