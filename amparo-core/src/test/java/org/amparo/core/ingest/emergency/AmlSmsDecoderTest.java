package org.amparo.core.ingest.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.ingest.emergency.LocationResult.Invalid;
import org.amparo.core.ingest.emergency.LocationResult.Located;
import org.amparo.core.ingest.emergency.LocationResult.NoLocation;
import org.amparo.core.ingest.emergency.aml.AmlSmsDecoder;
import org.junit.jupiter.api.Test;

class AmlSmsDecoderTest {
    /**
     * A data SMS published as the test vector of cpilatre/aml-lib (MIT, tests/verify.rs): AML v1 text packed in GSM
     * 7-bit, 108 octets, 123 septets, {@code ml=123}.
     */
    private static final String AML_LIB_DATA_SMS =
            "415193D98BEDD8F4DEECE6A2C962B7DA8E7DEEB56232990B86A3D9623B39B92783ED"
                    + "E86F784F068BD560B6D80C1683E568B81D7BDCB3E176F076EFB89BA77B39DCCD56A3C966B15D39DD9BD570B2590E56CBC168B21A4D"
                    + "B66B8FC7BD590CB66BBBC73D990DB66BB37B31D90C";

    private static final String V1 = "A\"ML=1;lt=-2.90010;lg=-79.00590;rd=20;top=20261126120000;lc=68;pm=G;"
            + "si=740000000000000;ei=353472104343540;mcc=740;mnc=01;ml=";

    private final AmlSmsDecoder decoder = new AmlSmsDecoder();

    @Test
    void publishedDataSmsDecodes() {
        LocationResult result = decoder.decodeHex(AML_LIB_DATA_SMS);
        assertThat(result).isInstanceOf(Located.class);
        CallerLocation location = ((Located) result).location();
        assertThat(location.source()).isEqualTo(LocationSource.AML_BINARY_SMS);
        assertThat(location.position()).isEqualTo(new GeoPoint(37.42175, -122.08461));
        assertThat(location.radiusMeters()).isEqualTo(20.0);
        assertThat(location.call().imei()).isEqualTo(new Imei("358239059042542"));
        assertThat(location.lengthMismatch()).as("ml=123 is the septet count").isFalse();
    }

    @Test
    void packedTextDecodesAsTheTextItself() {
        String text = withLength(V1);
        for (String message : new String[] {text, "A\"ML=2;en=911;et=1764158400;lo=-2.9,-79.0,15;ls=W"}) {
            String hex = HexFormat.of().formatHex(pack(message));
            LocationResult fromData = decoder.decodeHex(hex);
            LocationResult fromText = decoder.decodeText(message);
            assertThat(fromData).as(message).isInstanceOf(Located.class);
            assertThat(((Located) fromData).location().position())
                    .isEqualTo(((Located) fromText).location().position());
        }
    }

    @Test
    void fifteenSeptetMessageLosesItsFillSeptet() {
        // 15 septets pack into 14 octets with 7 fill bits, which would read as a 16th septet '@' (0).
        byte[] packed = pack("A\"ML=2;lo=1,1,5");
        assertThat(packed).hasSize(14);
        Located located = (Located) decoder.decodeData(packed);
        assertThat(located.location().radiusMeters()).isEqualTo(5.0);
    }

    @Test
    void lengthIsComparedInCharactersAndFlagged() {
        Located exact = (Located) decoder.decodeText(withLength(V1));
        assertThat(exact.location().call().flags()).isEmpty();
        Located wrong = (Located) decoder.decodeText(V1 + "10");
        assertThat(wrong.location().lengthMismatch()).isTrue();
        Located missing = (Located) decoder.decodeText(V1.substring(0, V1.length() - ";ml=".length()));
        assertThat(missing.location().call().flags()).containsExactly(LocationFlag.LENGTH_MISSING);
        assertThat(exact.location().call().servingNetwork()).isEqualTo(new NetworkCode("740", "01"));
    }

    @Test
    void noLocationForms() {
        assertThat(noLocation("A\"ML=1;lt=+00.00000;lg=+000.00000;rd=N;top=20261126120000;lc=0;pm=N"))
                .isEqualTo(NoLocationReason.POSITIONING_METHOD_NONE);
        assertThat(noLocation("A\"ML=1;lt=+00.00000;lg=+000.00000;rd=N;top=20261126120000;lc=0;pm=G"))
                .isEqualTo(NoLocationReason.RADIUS_NONE);
        assertThat(noLocation("A\"ML=1;lt=+00.00000;lg=+000.00000;rd=10;top=20261126120000;lc=0;pm=G"))
                .isEqualTo(NoLocationReason.ZERO_COORDINATES);
        assertThat(noLocation("A\"ML=1;rd=10;top=20261126120000;lc=0;pm=G"))
                .isEqualTo(NoLocationReason.COORDINATES_ABSENT);
        assertThat(noLocation("A\"ML=2;en=112;et=1764158400;ls=N")).isEqualTo(NoLocationReason.POSITIONING_METHOD_NONE);
        assertThat(noLocation("A\"ML=2;en=112;et=1764158400")).isEqualTo(NoLocationReason.COORDINATES_ABSENT);
        assertThat(noLocation("A\"ML=2;en=112;lo=0,0,0")).isEqualTo(NoLocationReason.ZERO_COORDINATES);
    }

    @Test
    void zeroRadiusIsUnknownAndV2TimeIsRelativeToTheCall() {
        Located located = (Located) decoder.decodeText("A\"ML=2;en=112;et=1764158400;lo=-2.9,-79.0,0;lt=-12;ls=F");
        assertThat(located.location().radiusMeters()).isNull();
        assertThat(located.location().method()).isEqualTo(PositioningMethod.HYBRID);
        assertThat(located.location().timeOfPositioning()).hasToString("2025-11-26T11:59:48Z");
        assertThat(located.location().call().emergencyNumber()).isEqualTo("112");
    }

    @Test
    void refusals() {
        assertThat(reason("hello")).isEqualTo(InvalidReason.MALFORMED);
        assertThat(reason("A\"ML=3;lt=1")).isEqualTo(InvalidReason.UNSUPPORTED_VERSION);
        assertThat(reason("A\"ML=1;lt=1;lt=2")).isEqualTo(InvalidReason.DUPLICATE_ATTRIBUTE);
        assertThat(reason("A\"ML=1;lt=91;lg=0;rd=5;pm=G")).isEqualTo(InvalidReason.OUT_OF_RANGE);
        assertThat(reason("A\"ML=1;lt=1e3;lg=0;rd=5;pm=G")).isEqualTo(InvalidReason.BAD_VALUE);
        assertThat(reason("A\"ML=1;lt=1;lg=1;rd=5;pm=G;lc=101")).isEqualTo(InvalidReason.OUT_OF_RANGE);
        assertThat(reason("A\"ML=1;lt=1;lg=1;top=20261131120000")).isEqualTo(InvalidReason.BAD_VALUE);
        assertThat(reason("A\"ML=1;lt=1;;lg=1")).isEqualTo(InvalidReason.MALFORMED);
        assertThat(reason("A\"ML=1;ei=12")).isEqualTo(InvalidReason.BAD_VALUE);
        assertThat(reason("A\"ML=1;" + "x".repeat(AmlSmsDecoder.MAX_TEXT_LENGTH)))
                .isEqualTo(InvalidReason.TOO_LARGE);
        assertThat(decoder.decodeHex("41F")).isInstanceOf(Invalid.class);
        assertThat(decoder.decodeHex("zz")).isInstanceOf(Invalid.class);
        assertThat(decoder.decodeData(new byte[AmlSmsDecoder.MAX_DATA_OCTETS + 1]))
                .isEqualTo(new Invalid(InvalidReason.TOO_LARGE, "longer than 840 octets"));
    }

    @Test
    void refusalDetailsNeverCarryPersonalValues() {
        LocationResult result = decoder.decodeText("A\"ML=1;lt=1;lg=1;si=ABC353472104343540");
        assertThat(((Invalid) result).detail())
                .doesNotContain("353472104343540")
                .contains("si");
        assertThat(new Imei("353472104343540").toString()).doesNotContain("3534");
        assertThat(new Imsi("740000000000000").toString()).doesNotContain("740");
    }

    private NoLocationReason noLocation(String message) {
        LocationResult result = decoder.decodeText(message);
        assertThat(result).as(message).isInstanceOf(NoLocation.class);
        return ((NoLocation) result).reason();
    }

    private InvalidReason reason(String message) {
        LocationResult result = decoder.decodeText(message);
        assertThat(result).as(message).isInstanceOf(Invalid.class);
        return ((Invalid) result).reason();
    }

    private static String withLength(String prefix) {
        int length = prefix.length() + 3;
        return prefix + length;
    }

    /** Packs ASCII text that is also GSM 7-bit default alphabet (letters, digits, ";=.,+-\"") into octets. */
    static byte[] pack(String text) {
        byte[] septets = text.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int bits = 0;
        int count = 0;
        for (byte s : septets) {
            int septet = s == '@' ? 0 : s;
            bits |= septet << count;
            count += 7;
            while (count >= 8) {
                out.write(bits & 0xFF);
                bits >>>= 8;
                count -= 8;
            }
        }
        if (count > 0) {
            out.write(bits & 0xFF);
        }
        return out.toByteArray();
    }
}
