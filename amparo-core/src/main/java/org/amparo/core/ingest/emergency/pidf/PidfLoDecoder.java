package org.amparo.core.ingest.emergency.pidf;

import java.time.Clock;
import org.amparo.core.ingest.emergency.LocationFlag;
import org.amparo.core.ingest.emergency.LocationResult;
import org.amparo.core.ingest.emergency.LocationSource;
import org.amparo.core.ingest.emergency.NoLocationReason;

/**
 * Decodes a PIDF-LO document (RFC 4119, RFC 5491): position and uncertainty from a point, circle, sphere, ellipse or
 * polygon; a civic address (RFC 5139); confidence (RFC 7459); method; tuple timestamp; and {@code retention-expiry},
 * which is returned as {@link org.amparo.core.ingest.emergency.CallerLocation#retentionExpiry()} and, when already
 * past at decoding time, flagged {@link LocationFlag#RETENTION_EXPIRED}: such a location serves the call at hand and
 * must not be stored. A document without shape or civic address is {@link NoLocationReason#NO_LOCATION_INFO}.
 *
 * <p>Never throws on input; immutable and thread-safe. The clock only judges retention expiry.
 */
public final class PidfLoDecoder {
    private final Clock clock;

    public PidfLoDecoder(Clock clock) {
        this.clock = clock;
    }

    /** Decodes a document given as its bytes (encoding from the XML declaration, UTF-8 by default). */
    public LocationResult decode(byte[] xml) {
        try {
            return new PidfReader(clock.instant(), LocationSource.PIDF_LO).read(SecureXml.parse(xml));
        } catch (XmlRejection e) {
            return e.toResult();
        }
    }
}
