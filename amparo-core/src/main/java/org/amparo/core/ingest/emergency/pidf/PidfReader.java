package org.amparo.core.ingest.emergency.pidf;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.amparo.core.ingest.emergency.CallContext;
import org.amparo.core.ingest.emergency.CallerLocation;
import org.amparo.core.ingest.emergency.CivicAddress;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.amparo.core.ingest.emergency.LocationFlag;
import org.amparo.core.ingest.emergency.LocationResult;
import org.amparo.core.ingest.emergency.LocationSource;
import org.amparo.core.ingest.emergency.NoLocationReason;
import org.amparo.core.ingest.emergency.PositioningMethod;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Reads one PIDF {@code presence} element: the first {@code gp:geopriv} (in a tuple, device or person) whose
 * {@code location-info} holds a shape or a civic address, with its confidence, usage rules, method and the
 * timestamp of its tuple. One instance per document; not thread-safe.
 */
final class PidfReader {
    private static final int MAX_GEOPRIV = 16;

    private final Instant now;
    private final LocationSource source;
    private final Set<LocationFlag> flags = EnumSet.noneOf(LocationFlag.class);

    PidfReader(Instant now, LocationSource source) {
        this.now = now;
        this.source = source;
    }

    LocationResult read(Element presence) throws XmlRejection {
        if (!SecureXml.is(presence, Ns.PIDF, "presence")) {
            throw new XmlRejection(InvalidReason.UNSUPPORTED_CONTENT, "not a PIDF presence document");
        }
        NodeList geoprivs = presence.getElementsByTagNameNS(Ns.GEOPRIV, "geopriv");
        if (geoprivs.getLength() > MAX_GEOPRIV) {
            throw new XmlRejection(InvalidReason.TOO_LARGE, "more than " + MAX_GEOPRIV + " geopriv elements");
        }
        for (int i = 0; i < geoprivs.getLength(); i++) {
            Element geopriv = (Element) geoprivs.item(i);
            LocationResult result = geopriv(geopriv);
            if (result != null) {
                return result;
            }
        }
        CallContext call = context();
        return new LocationResult.NoLocation(NoLocationReason.NO_LOCATION_INFO, call, null, "no shape or civic");
    }

    private @Nullable LocationResult geopriv(Element geopriv) throws XmlRejection {
        Shape shape = null;
        CivicAddress civic = null;
        Integer confidence = null;
        for (Element info : SecureXml.children(geopriv, Ns.GEOPRIV, "location-info")) {
            for (Element e : SecureXml.elements(info)) {
                if ("civicAddress".equals(e.getLocalName())) {
                    civic = civic != null ? civic : Civic.read(e, flags);
                } else if (SecureXml.is(e, Ns.CONFIDENCE, "confidence")) {
                    confidence = confidence(e);
                } else if (Shapes.isShape(e) && shape == null) {
                    shape = Shapes.read(e, flags);
                }
            }
        }
        if (shape == null && civic == null) {
            return null;
        }
        Instant expiry = retentionExpiry(geopriv);
        Element method = SecureXml.child(geopriv, Ns.GEOPRIV, "method");
        Instant time = timestamp(geopriv);
        CallContext call = context();
        return new LocationResult.Located(new CallerLocation(
                call,
                shape == null ? null : shape.centre(),
                shape == null ? null : shape.radiusMeters(),
                confidence,
                shape == null ? null : shape.altitudeMeters(),
                method == null ? PositioningMethod.UNKNOWN : method(SecureXml.text(method)),
                time,
                civic,
                expiry));
    }

    private CallContext context() {
        return new CallContext(source, null, null, null, null, null, null, null, flags);
    }

    private static int confidence(Element e) throws XmlRejection {
        double percent = Shapes.number(SecureXml.text(e));
        if (!(percent >= 0 && percent <= 100)) {
            throw new XmlRejection(InvalidReason.OUT_OF_RANGE, "confidence out of range 0..100");
        }
        return (int) Math.round(percent);
    }

    /**
     * RFC 4119 put the usage rules in the geopriv namespace, RFC 6772 in basicPolicy: both are read. An expiry
     * without an offset is read at the earliest instant it can denote (offset +14:00), so that it is never extended.
     */
    private @Nullable Instant retentionExpiry(Element geopriv) throws XmlRejection {
        Element rules = SecureXml.child(geopriv, Ns.GEOPRIV, "usage-rules");
        if (rules == null) {
            return null;
        }
        for (Element e : SecureXml.elements(rules)) {
            if ("retention-expiry".equals(e.getLocalName())) {
                String text = SecureXml.text(e);
                Instant expiry = instant(text);
                if (expiry == null) {
                    expiry = local(text).toInstant(ZoneOffset.ofHours(14));
                    flags.add(LocationFlag.TIMESTAMP_WITHOUT_OFFSET);
                }
                if (!expiry.isAfter(now)) {
                    flags.add(LocationFlag.RETENTION_EXPIRED);
                }
                return expiry;
            }
        }
        return null;
    }

    /** The timestamp of the tuple, device or person holding {@code geopriv}; one without offset is dropped. */
    private @Nullable Instant timestamp(Element geopriv) throws XmlRejection {
        for (Element e = parent(geopriv); e != null; e = parent(e)) {
            Element stamp = SecureXml.is(e, Ns.PIDF, "tuple")
                    ? SecureXml.child(e, Ns.PIDF, "timestamp")
                    : SecureXml.child(e, Ns.DATA_MODEL, "timestamp");
            if (stamp != null) {
                String text = SecureXml.text(stamp);
                Instant time = instant(text);
                if (time == null) {
                    local(text);
                    flags.add(LocationFlag.TIMESTAMP_WITHOUT_OFFSET);
                }
                return time;
            }
        }
        return null;
    }

    private static @Nullable Element parent(Element e) {
        return e.getParentNode() instanceof Element p ? p : null;
    }

    private static @Nullable Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static LocalDateTime local(String text) throws XmlRejection {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeException e) {
            throw new XmlRejection(InvalidReason.BAD_VALUE, "not an RFC 3339 date-time");
        }
    }

    /** Maps the IANA method tokens (RFC 4119, RFC 5491 and common practice) to {@link PositioningMethod}. */
    static PositioningMethod method(String token) {
        return switch (token.toLowerCase(Locale.ROOT)) {
            case "gps", "a-gps", "gnss", "a-gnss" -> PositioningMethod.GNSS;
            case "cell", "e-otd", "otdoa", "u-tdoa", "aoa", "toa", "triangulation", "ecid" -> PositioningMethod.CELL;
            case "wiremap", "dhcp", "lldp-med" -> PositioningMethod.WIREMAP;
            case "802.11", "wifi", "wlan" -> PositioningMethod.WIFI;
            case "manual" -> PositioningMethod.MANUAL;
            case "hybrid" -> PositioningMethod.HYBRID;
            default -> PositioningMethod.UNKNOWN;
        };
    }
}
