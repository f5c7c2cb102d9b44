package org.amparo.core.ingest.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.amparo.core.ingest.emergency.LocationResult.Invalid;
import org.amparo.core.ingest.emergency.LocationResult.Located;
import org.amparo.core.ingest.emergency.LocationResult.NoLocation;
import org.amparo.core.ingest.emergency.aml.AmlHttpsDecoder;
import org.junit.jupiter.api.Test;

class AmlHttpsDecoderTest {
    /** The signed body and key ("AML") published as a test of cpilatre/aml-lib (MIT, tests/verify.rs). */
    private static final String SIGNED = "v=1&device_number=%2B33611223344&location_latitude=0.85732"
            + "&location_longitude=-4.26325&location_time=1604912121000&location_accuracy=10.4&location_source=GPS"
            + "&location_certainty=83&hmac=f64c70eb238bb239e00e8ac8c023bf2b5d3c41dd";

    private final AmlHttpsDecoder keyed = AmlHttpsDecoder.withKey("AML".getBytes(StandardCharsets.US_ASCII));

    @Test
    void publishedMacVerifies() {
        LocationResult result = keyed.decode(bytes(SIGNED));
        assertThat(result).isInstanceOf(Located.class);
        CallerLocation location = ((Located) result).location();
        assertThat(location.call().flags()).isEmpty();
        assertThat(location.call().deviceNumber()).isEqualTo("+33611223344");
        assertThat(location.confidencePercent()).isEqualTo(83);
        assertThat(location.method()).isEqualTo(PositioningMethod.GNSS);
        assertThat(location.timeOfPositioning()).hasToString("2020-11-09T08:55:21Z");
    }

    @Test
    void tamperedWrongKeyOrMissingMacIsRefused() {
        assertThat(keyed.decode(bytes(SIGNED.replace("0.85732", "0.85733"))))
                .isEqualTo(new Invalid(InvalidReason.BAD_MAC, "hmac does not authenticate the body"));
        assertThat(((Invalid) AmlHttpsDecoder.withKey(bytes("AMl")).decode(bytes(SIGNED))).reason())
                .isEqualTo(InvalidReason.BAD_MAC);
        assertThat(((Invalid) keyed.decode(bytes(SIGNED.replace("&hmac=f64c", "&hmac=zz4c")))).reason())
                .isEqualTo(InvalidReason.BAD_MAC);
        String unsigned = SIGNED.substring(0, SIGNED.indexOf("&hmac="));
        assertThat(((Invalid) keyed.decode(bytes(unsigned))).reason()).isEqualTo(InvalidReason.MISSING_MAC);
        assertThat(((Invalid) keyed.decode(bytes(SIGNED + "&x=1"))).reason()).isEqualTo(InvalidReason.BAD_MAC);
    }

    @Test
    void withoutKeyTheMessageIsFlaggedNotVerified() {
        Located located = (Located) AmlHttpsDecoder.unauthenticated().decode(bytes(SIGNED));
        assertThat(located.location().call().flags()).containsExactly(LocationFlag.MAC_NOT_VERIFIED);
    }

    @Test
    void withoutAConfiguredKeyAServerMayRefuseEveryMessage() {
        Invalid refused = (Invalid) AmlHttpsDecoder.refusingAll().decode(bytes(SIGNED));
        assertThat(refused.reason()).isEqualTo(InvalidReason.NO_KEY_CONFIGURED);
        assertThat(refused.detail()).contains("no AML HMAC key");
    }

    @Test
    void noLocationMalformedOptionalsAndRefusals() {
        AmlHttpsDecoder open = AmlHttpsDecoder.unauthenticated();
        assertThat(((NoLocation) open.decode(bytes("v=1&emergency_number=112"))).reason())
                .isEqualTo(NoLocationReason.COORDINATES_ABSENT);
        assertThat(((NoLocation) open.decode(bytes("v=1&location_latitude=0&location_longitude=0"))).reason())
                .isEqualTo(NoLocationReason.ZERO_COORDINATES);
        Located sloppy = (Located) open.decode(bytes("location_latitude=-2.9&location_longitude=-79&device_imei=12"
                + "&location_source=laser&cell_network_mcc=74"));
        assertThat(sloppy.location().call().flags())
                .contains(LocationFlag.MALFORMED_FIELD_IGNORED, LocationFlag.MAC_NOT_VERIFIED);
        assertThat(sloppy.location().call().imei()).isNull();
        assertThat(((Invalid) open.decode(bytes("v=2&location_latitude=1"))).reason())
                .isEqualTo(InvalidReason.UNSUPPORTED_VERSION);
        assertThat(((Invalid) open.decode(bytes("location_latitude=1&location_latitude=2"))).reason())
                .isEqualTo(InvalidReason.DUPLICATE_ATTRIBUTE);
        assertThat(((Invalid) open.decode(bytes("location_latitude=north&location_longitude=1"))).reason())
                .isEqualTo(InvalidReason.BAD_VALUE);
        assertThat(((Invalid) open.decode(bytes("a=%E0%80"))).reason()).isEqualTo(InvalidReason.MALFORMED);
        assertThat(((Invalid) open.decode(new byte[AmlHttpsDecoder.MAX_BODY_BYTES + 1])).reason())
                .isEqualTo(InvalidReason.TOO_LARGE);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
