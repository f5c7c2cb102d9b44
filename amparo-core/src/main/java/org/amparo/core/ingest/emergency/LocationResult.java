package org.amparo.core.ingest.emergency;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of decoding one caller-location message. "No location" is a normal, well-formed outcome, distinct
 * from an invalid message. Details never contain message text, IMEI or IMSI.
 */
public sealed interface LocationResult {
    /** The longest detail kept, in chars. */
    int MAX_DETAIL_LENGTH = 200;

    /** The message carries a location. */
    record Located(CallerLocation location) implements LocationResult {}

    /**
     * A well-formed message that reports no usable position; the call context is kept so that the message can still
     * be matched to its call and shown as "handset found no location".
     *
     * @param reason why there is no position
     * @param call what the message says about the call and handset
     * @param attemptTime when the handset or server gave up, when stated
     * @param detail a short explanation, for example the HELD error code and message
     */
    record NoLocation(
            NoLocationReason reason,
            CallContext call,
            @Nullable Instant attemptTime,
            String detail) implements LocationResult {
        public NoLocation {
            detail = clip(detail);
        }
    }

    /**
     * The message was refused.
     *
     * @param reason the kind of problem
     * @param detail a short explanation naming the attribute or element, never its personal value
     */
    record Invalid(InvalidReason reason, String detail) implements LocationResult {
        public Invalid {
            detail = clip(detail);
        }
    }

    private static String clip(String detail) {
        return detail.length() <= MAX_DETAIL_LENGTH ? detail : detail.substring(0, MAX_DETAIL_LENGTH);
    }
}
