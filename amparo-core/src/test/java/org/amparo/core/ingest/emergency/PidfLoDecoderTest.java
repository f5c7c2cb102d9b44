package org.amparo.core.ingest.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.amparo.core.ingest.emergency.LocationResult.Invalid;
import org.amparo.core.ingest.emergency.LocationResult.Located;
import org.amparo.core.ingest.emergency.LocationResult.NoLocation;
import org.amparo.core.ingest.emergency.pidf.HeldResponseDecoder;
import org.amparo.core.ingest.emergency.pidf.PidfLoDecoder;
import org.junit.jupiter.api.Test;

class PidfLoDecoderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC);
    private static final String HEAD = "<presence xmlns='urn:ietf:params:xml:ns:pidf'"
            + " xmlns:gp='urn:ietf:params:xml:ns:pidf:geopriv10' xmlns:gml='http://www.opengis.net/gml'"
            + " xmlns:gs='http://www.opengis.net/pidflo/1.0' xmlns:gbp='urn:ietf:params:xml:ns:pidf:geopriv10:basicPolicy'"
            + " entity='pres:caller@example.org'><tuple id='t'><status><gp:geopriv><gp:location-info>";
    private static final String TAIL = "</gp:location-info><gp:usage-rules><gbp:retention-expiry>%s"
            + "</gbp:retention-expiry></gp:usage-rules><gp:method>GPS</gp:method></gp:geopriv></status>"
            + "<timestamp>2026-11-25T23:59:00-05:00</timestamp></tuple></presence>";

    private final PidfLoDecoder pidf = new PidfLoDecoder(CLOCK);
    private final HeldResponseDecoder held = new HeldResponseDecoder(CLOCK);

    @Test
    void circleWithFutureExpiryIsNotFlagged() {
        Located located = (Located) decode(
                "<gs:Circle srsName='urn:ogc:def:crs:EPSG::4326'><gml:pos>-2.9 -79.0"
                        + "</gml:pos><gs:radius uom='urn:ogc:def:uom:EPSG::9001'>15.5</gs:radius></gs:Circle>",
                "2026-12-01T00:00:00Z");
        CallerLocation location = located.location();
        assertThat(location.radiusMeters()).isEqualTo(15.5);
        assertThat(location.method()).isEqualTo(PositioningMethod.GNSS);
        assertThat(location.timeOfPositioning()).hasToString("2026-11-26T04:59:00Z");
        assertThat(location.call().flags()).isEmpty();
        assertThat(location.retentionExpiredAt(CLOCK.instant())).isFalse();
    }

    @Test
    void expiryWithoutOffsetIsReadAtItsEarliestInstant() {
        Located located = (Located) decode(point(), "2026-11-26T10:00:00");
        assertThat(located.location().retentionExpiry()).hasToString("2026-11-25T20:00:00Z");
        assertThat(located.location().call().flags())
                .contains(LocationFlag.RETENTION_EXPIRED, LocationFlag.TIMESTAMP_WITHOUT_OFFSET);
    }

    @Test
    void polygonBecomesCentreAndFarthestVertex() {
        Located located = (Located) decode(
                "<gml:Polygon srsName='urn:ogc:def:crs:EPSG::4326'><gml:exterior>"
                        + "<gml:LinearRing><gml:posList>0 0 0 0.001 0.001 0.001 0.001 0 0 0</gml:posList>"
                        + "</gml:LinearRing></gml:exterior></gml:Polygon>",
                "2027-01-01T00:00:00Z");
        assertThat(located.location().position()).isNotNull();
        assertThat(located.location().radiusMeters()).isBetween(78.0, 80.0);
    }

    @Test
    void unsupportedShapesCrsAndUnitsAreRefused() {
        assertThat(reason("<gs:Ellipsoid srsName='urn:ogc:def:crs:EPSG::4979'><gml:pos>1 2 3</gml:pos></gs:Ellipsoid>"))
                .isEqualTo(InvalidReason.UNSUPPORTED_CONTENT);
        assertThat(reason("<gml:Point srsName='urn:ogc:def:crs:EPSG::3857'><gml:pos>1 2</gml:pos></gml:Point>"))
                .isEqualTo(InvalidReason.UNSUPPORTED_CONTENT);
        assertThat(reason("<gs:Circle srsName='EPSG:4326'><gml:pos>1 2</gml:pos><gs:radius uom='urn:ogc:def:uom:"
                        + "EPSG::9002'>3</gs:radius></gs:Circle>"))
                .isEqualTo(InvalidReason.UNSUPPORTED_CONTENT);
        assertThat(reason("<gml:Point srsName='EPSG:4326'><gml:pos>NaN 2</gml:pos></gml:Point>"))
                .isEqualTo(InvalidReason.BAD_VALUE);
        assertThat(reason("<gml:Point srsName='EPSG:4326'><gml:pos>91 2</gml:pos></gml:Point>"))
                .isEqualTo(InvalidReason.OUT_OF_RANGE);
    }

    @Test
    void documentWithoutLocationIsNoLocation() {
        assertThat(((NoLocation) decode("", "2027-01-01T00:00:00Z")).reason())
                .isEqualTo(NoLocationReason.NO_LOCATION_INFO);
    }

    @Test
    void entityDeclarationsAreRefusedBeforeExpansion() {
        String laughs = "<?xml version='1.0'?><!DOCTYPE lolz [<!ENTITY lol 'lol'>"
                + "<!ENTITY lol2 '&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;'>]><presence>&lol2;</presence>";
        String external = "<?xml version='1.0'?><!DOCTYPE p [<!ENTITY x SYSTEM 'file:///etc/passwd'>]>"
                + "<presence xmlns='urn:ietf:params:xml:ns:pidf'>&x;</presence>";
        String utf16 = "<?xml version='1.0' encoding='UTF-16'?><!DOCTYPE p [<!ENTITY x 'y'>]><p/>";
        assertThat(pidf.decode(bytes(laughs))).isEqualTo(new Invalid(InvalidReason.FORBIDDEN_XML, "DOCTYPE refused"));
        assertThat(held.decode(bytes(external))).isEqualTo(new Invalid(InvalidReason.FORBIDDEN_XML, "DOCTYPE refused"));
        assertThat(pidf.decode(utf16.getBytes(StandardCharsets.UTF_16)))
                .isEqualTo(new Invalid(InvalidReason.FORBIDDEN_XML, "DOCTYPE refused"));
    }

    @Test
    void hostileAndForeignDocuments() {
        assertThat(((Invalid) pidf.decode(bytes("<presence"))).reason()).isEqualTo(InvalidReason.MALFORMED);
        assertThat(((Invalid) pidf.decode(new byte[70_000])).reason()).isEqualTo(InvalidReason.TOO_LARGE);
        assertThat(((Invalid) pidf.decode(bytes("<html/>"))).reason()).isEqualTo(InvalidReason.UNSUPPORTED_CONTENT);
        assertThat(((Invalid) held.decode(bytes("<html/>"))).reason()).isEqualTo(InvalidReason.UNSUPPORTED_CONTENT);
        String deep = "<a>".repeat(200) + "</a>".repeat(200);
        assertThat(((Invalid) pidf.decode(bytes(deep))).reason()).isEqualTo(InvalidReason.MALFORMED);
    }

    @Test
    void heldErrorsAreNoLocation() {
        String timeout = "<error xmlns='urn:ietf:params:xml:ns:geopriv:held' code='timeout'/>";
        NoLocation result = (NoLocation) held.decode(bytes(timeout));
        assertThat(result.reason()).isEqualTo(NoLocationReason.SERVER_ERROR);
        assertThat(result.detail()).isEqualTo("HELD error timeout");
        String uriOnly = "<locationResponse xmlns='urn:ietf:params:xml:ns:geopriv:held'><locationUriSet"
                + " expires='2026-11-27T00:00:00Z'><locationURI>https://ls.example.org/l/1</locationURI>"
                + "</locationUriSet></locationResponse>";
        assertThat(((NoLocation) held.decode(bytes(uriOnly))).reason()).isEqualTo(NoLocationReason.NO_LOCATION_INFO);
    }

    private LocationResult decode(String shapes, String expiry) {
        return pidf.decode(bytes(HEAD + shapes + TAIL.formatted(expiry)));
    }

    private InvalidReason reason(String shapes) {
        LocationResult result = decode(shapes, "2027-01-01T00:00:00Z");
        assertThat(result).as(shapes).isInstanceOf(Invalid.class);
        return ((Invalid) result).reason();
    }

    private static String point() {
        return "<gml:Point srsName='urn:ogc:def:crs:EPSG::4326'><gml:pos>-2.9 -79.0</gml:pos></gml:Point>";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
