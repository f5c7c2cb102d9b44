package org.amparo.core.ingest.emergency.pidf;

import java.time.Clock;
import java.util.Set;
import org.amparo.core.ingest.emergency.CallContext;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.amparo.core.ingest.emergency.LocationResult;
import org.amparo.core.ingest.emergency.LocationSource;
import org.amparo.core.ingest.emergency.NoLocationReason;
import org.w3c.dom.Element;

/**
 * Decodes a HELD response (RFC 5985). A {@code locationResponse} is read through its PIDF-LO {@code presence} as
 * {@link PidfLoDecoder} does; one with only location URIs is {@link NoLocationReason#NO_LOCATION_INFO}. An
 * {@code error} is a "no location" result, not an invalid message: {@code locationUnknown} and {@code notLocatable}
 * are {@link NoLocationReason#LOCATION_UNKNOWN}, other codes {@link NoLocationReason#SERVER_ERROR}; the detail holds
 * the code and the server's message, clipped.
 *
 * <p>Never throws on input; immutable and thread-safe.
 */
public final class HeldResponseDecoder {
    private static final int MAX_MESSAGE_LENGTH = 100;

    private final Clock clock;

    public HeldResponseDecoder(Clock clock) {
        this.clock = clock;
    }

    /** Decodes a response body given as its bytes. */
    public LocationResult decode(byte[] xml) {
        try {
            Element root = SecureXml.parse(xml);
            if (SecureXml.is(root, Ns.HELD, "error")) {
                return error(root);
            }
            if (!SecureXml.is(root, Ns.HELD, "locationResponse")) {
                throw new XmlRejection(InvalidReason.UNSUPPORTED_CONTENT, "not a HELD locationResponse or error");
            }
            Element presence = SecureXml.child(root, Ns.PIDF, "presence");
            if (presence == null) {
                return new LocationResult.NoLocation(
                        NoLocationReason.NO_LOCATION_INFO, context(), null, "HELD response without presence");
            }
            return new PidfReader(clock.instant(), LocationSource.HELD).read(presence);
        } catch (XmlRejection e) {
            return e.toResult();
        }
    }

    private static LocationResult error(Element error) {
        String code = Shapes.safe(error.getAttribute("code"));
        NoLocationReason reason = code.equals("locationUnknown") || code.equals("notLocatable")
                ? NoLocationReason.LOCATION_UNKNOWN
                : NoLocationReason.SERVER_ERROR;
        Element message = SecureXml.child(error, Ns.HELD, "message");
        String text = message == null ? "" : SecureXml.text(message).replaceAll("\\p{Cntrl}+", " ");
        if (text.length() > MAX_MESSAGE_LENGTH) {
            text = text.substring(0, MAX_MESSAGE_LENGTH);
        }
        String detail = "HELD error " + (code.isEmpty() ? "(no code)" : code) + (text.isEmpty() ? "" : ": " + text);
        return new LocationResult.NoLocation(reason, context(), null, detail);
    }

    private static CallContext context() {
        return new CallContext(LocationSource.HELD, null, null, null, null, null, null, null, Set.of());
    }
}
