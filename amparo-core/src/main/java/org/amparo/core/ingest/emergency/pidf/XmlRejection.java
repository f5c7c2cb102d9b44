package org.amparo.core.ingest.emergency.pidf;

import org.amparo.core.ingest.emergency.InvalidReason;
import org.amparo.core.ingest.emergency.LocationResult;

/** Ends decoding of one document early; turned into {@link LocationResult.Invalid} at the decoder's edge. */
final class XmlRejection extends Exception {
    private static final long serialVersionUID = 1L;

    private final InvalidReason reason;

    XmlRejection(InvalidReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    LocationResult.Invalid toResult() {
        return new LocationResult.Invalid(reason, String.valueOf(getMessage()));
    }
}
