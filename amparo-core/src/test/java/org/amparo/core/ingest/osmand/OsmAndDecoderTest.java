package org.amparo.core.ingest.osmand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.amparo.core.ingest.DecodeResult;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.ingest.RejectReason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OsmAndDecoderTest {
    private static final Instant NOW = Instant.parse("2025-11-26T00:00:00Z");
    private final OsmAndDecoder decoder = new OsmAndDecoder(Clock.fixed(NOW, ZoneOffset.UTC));

    private DeviceFix one(OsmAndRequest request) {
        DecodeResult result = decoder.decode(request);
        assertThat(result).isInstanceOf(DecodeResult.Decoded.class);
        assertThat(((DecodeResult.Decoded) result).fixes()).hasSize(1);
        return ((DecodeResult.Decoded) result).fixes().getFirst();
    }

    private DecodeResult.Rejected rejected(OsmAndRequest request) {
        DecodeResult result = decoder.decode(request);
        assertThat(result).isInstanceOf(DecodeResult.Rejected.class);
        return (DecodeResult.Rejected) result;
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void decodesTheIssueExampleQuery() {
        DeviceFix fix =
                one(OsmAndRequest.get("id=861001000719969&lat=-2.9&lon=-79.0&timestamp=1764115200&accuracy=10"));
        assertThat(fix.deviceIdentifier()).isEqualTo("861001000719969");
        assertThat(fix.at()).isEqualTo(NOW);
        assertThat(fix.position().latitude()).isEqualTo(-2.9);
        assertThat(fix.readings().accuracyMeters()).isEqualTo(10.0);
        assertThat(fix.source()).isEqualTo(FixSource.OSMAND);
    }

    @Test
    void convertsKnotsToMetresPerSecondAndReadsEveryField() {
        DeviceFix fix = one(OsmAndRequest.get(
                "deviceid=abc&lat=1&lon=2&speed=10&heading=359.5&altitude=-12.5&accuracy=4&hdop=1.2&batt=55"));
        assertThat(fix.readings().speedMetersPerSecond()).isCloseTo(5.144444, within(1e-6));
        assertThat(fix.readings().bearingDegrees()).isEqualTo(359.5);
        assertThat(fix.readings().altitudeMeters()).isEqualTo(-12.5);
        assertThat(fix.readings().hdop()).isEqualTo(1.2);
        assertThat(fix.readings().batteryPercent()).isEqualTo(55.0);
        assertThat(fix.at())
                .as("no timestamp: stamped with the receiving clock")
                .isEqualTo(NOW);
    }

    @ParameterizedTest
    @CsvSource({
        "1764115200, 2025-11-26T00:00:00Z",
        "1764115200000, 2025-11-26T00:00:00Z",
        "1764115200123, 2025-11-26T00:00:00.123Z",
        "1764115200.5, 2025-11-26T00:00:00.500Z",
        "2025-11-26T00%3A00%3A00Z, 2025-11-26T00:00:00Z",
        "2025-11-25T19%3A00%3A00-05%3A00, 2025-11-26T00:00:00Z",
        "-2147483648, 1901-12-13T20:45:52Z"
    })
    void readsTimestampsBySize(String timestamp, String expected) {
        assertThat(one(OsmAndRequest.get("id=1&lat=1&lon=1&timestamp=" + timestamp))
                        .at())
                .isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({"2025-11-26T00%3A00%3A00", "2025-11-26+00%3A00%3A00", "yesterday", "1e9"})
    void refusesTimestampsItCannotPlaceInTime(String timestamp) {
        assertThat(rejected(OsmAndRequest.get("id=1&lat=1&lon=1&timestamp=" + timestamp))
                        .reason())
                .isEqualTo(RejectReason.INVALID_TIME);
    }

    @Test
    void readsAPostedFormBody() {
        DeviceFix fix = one(OsmAndRequest.post(
                "application/x-www-form-urlencoded; charset=UTF-8", utf8("id=form%201&location=-0.18%2C-78.46\r\n")));
        assertThat(fix.deviceIdentifier()).isEqualTo("form 1");
        assertThat(fix.position().longitude()).isEqualTo(-78.46);
    }

    @Test
    void readsAJsonBatchAndKeepsJsonSpeedInMetresPerSecond() {
        String body = "{\"device_id\":\"d1\",\"location\":[{\"timestamp\":\"2025-11-26T00:00:00Z\","
                + "\"coords\":{\"latitude\":1,\"longitude\":2,\"speed\":10,\"heading\":360}},"
                + "{\"timestamp\":\"2025-11-26T00:00:05Z\",\"coords\":{\"latitude\":1.001,\"longitude\":2}}]}";
        DecodeResult result = decoder.decode(OsmAndRequest.post("application/json", utf8(body)));
        assertThat(result).isInstanceOfSatisfying(DecodeResult.Decoded.class, d -> {
            assertThat(d.fixes()).hasSize(2);
            assertThat(d.fixes().get(0).readings().speedMetersPerSecond()).isEqualTo(10.0);
            assertThat(d.fixes().get(0).readings().bearingDegrees()).isEqualTo(0.0);
        });
    }

    @Test
    void repeatedKeysMustAgree() {
        assertThat(one(OsmAndRequest.get("id=1&id=1&lat=1&lon=2")).deviceIdentifier())
                .isEqualTo("1");
        assertThat(rejected(OsmAndRequest.get("id=1&lat=1&lat=3&lon=2")).reason())
                .isEqualTo(RejectReason.MALFORMED);
        assertThat(rejected(OsmAndRequest.get("id=1&deviceid=2&lat=1&lon=2")).reason())
                .isEqualTo(RejectReason.MALFORMED);
        assertThat(rejected(OsmAndRequest.get("id=1&lat=1&lon=2&location=1,3")).reason())
                .isEqualTo(RejectReason.MALFORMED);
    }

    @Test
    void aMissingOrEmptyIdIsAMissingField() {
        assertThat(rejected(OsmAndRequest.get("lat=1&lon=2")).reason()).isEqualTo(RejectReason.MISSING_FIELD);
        assertThat(rejected(OsmAndRequest.get("id=&lat=1&lon=2")).reason()).isEqualTo(RejectReason.MISSING_FIELD);
        assertThat(rejected(OsmAndRequest.get("id=1&lat=1")).detail()).startsWith("lon");
        assertThat(rejected(OsmAndRequest.post("application/json", utf8("{\"location\":{}}")))
                        .reason())
                .isEqualTo(RejectReason.MISSING_FIELD);
    }

    @ParameterizedTest
    @CsvSource({
        "lat=91&lon=0",
        "lat=-90.0001&lon=0",
        "lat=0&lon=181",
        "lat=NaN&lon=0",
        "lat=Infinity&lon=0",
        "lat=0x1p3&lon=0",
        "lat=1d&lon=0",
        "location=1",
        "location=1,2,3"
    })
    void refusesInvalidCoordinates(String query) {
        assertThat(rejected(OsmAndRequest.get("id=1&" + query)).reason()).isEqualTo(RejectReason.INVALID_COORDINATES);
    }

    @Test
    void refusesInvalidCoordinatesInJson() {
        String body = "{\"device_id\":\"d\",\"location\":{\"coords\":{\"latitude\":1e999,\"longitude\":0}}}";
        assertThat(rejected(OsmAndRequest.post("application/json", utf8(body))).reason())
                .isEqualTo(RejectReason.INVALID_COORDINATES);
        String nan = "{\"device_id\":\"d\",\"location\":{\"coords\":{\"latitude\":NaN,\"longitude\":0}}}";
        assertThat(rejected(OsmAndRequest.post("application/json", utf8(nan))).reason())
                .isEqualTo(RejectReason.MALFORMED);
    }

    @Test
    void refusesOutOfRangeReadings() {
        assertThat(rejected(OsmAndRequest.get("id=1&lat=1&lon=1&batt=101")).reason())
                .isEqualTo(RejectReason.INVALID_FIELD);
        assertThat(rejected(OsmAndRequest.get("id=1&lat=1&lon=1&bearing=400")).reason())
                .isEqualTo(RejectReason.INVALID_FIELD);
        assertThat(rejected(OsmAndRequest.get("id=1&lat=1&lon=1&speed=fast")).reason())
                .isEqualTo(RejectReason.INVALID_FIELD);
        assertThat(one(OsmAndRequest.get("id=1&lat=1&lon=1&speed=-1&bearing=-1&accuracy=-1"))
                        .readings())
                .satisfies(r -> {
                    assertThat(r.speedMetersPerSecond()).isNull();
                    assertThat(r.bearingDegrees()).isNull();
                    assertThat(r.accuracyMeters()).isNull();
                });
    }

    @Test
    void refusesATenMegabyteQueryStringBeforeScanningIt() {
        char[] query = new char[10 * 1024 * 1024];
        Arrays.fill(query, 'a');
        DecodeResult.Rejected r = rejected(OsmAndRequest.get(new String(query)));
        assertThat(r.reason()).isEqualTo(RejectReason.TOO_LARGE);
        assertThat(r.detail()).contains("query string longer than 8192");
    }

    @Test
    void refusesHugeBodiesDeepNestingAndTooManyParameters() {
        assertThat(rejected(OsmAndRequest.post("application/json", new byte[1 << 20]))
                        .reason())
                .isEqualTo(RejectReason.TOO_LARGE);
        String deep = "{\"device_id\":\"d\",\"location\":" + "[".repeat(1000) + "]".repeat(1000) + "}";
        assertThat(rejected(OsmAndRequest.post("application/json", utf8(deep))).reason())
                .isEqualTo(RejectReason.TOO_LARGE);
        assertThat(rejected(OsmAndRequest.get("id=1&lat=1&lon=1" + "&x=1".repeat(100)))
                        .reason())
                .isEqualTo(RejectReason.TOO_LARGE);
    }

    @Test
    void refusesBadEncodingMethodsAndContentTypes() {
        assertThat(rejected(OsmAndRequest.get("id=%G1&lat=1&lon=1")).reason()).isEqualTo(RejectReason.MALFORMED);
        assertThat(rejected(OsmAndRequest.get("id=1%2&lat=1&lon=1")).reason()).isEqualTo(RejectReason.MALFORMED);
        assertThat(rejected(OsmAndRequest.get("id=%C3%28&lat=1&lon=1")).reason())
                .isEqualTo(RejectReason.MALFORMED);
        assertThat(rejected(OsmAndRequest.get("id=%00x&lat=1&lon=1")).reason()).isEqualTo(RejectReason.INVALID_FIELD);
        assertThat(rejected(new OsmAndRequest("PUT", null, "id=1&lat=1&lon=1", new byte[0]))
                        .reason())
                .isEqualTo(RejectReason.UNSUPPORTED_METHOD);
        assertThat(rejected(OsmAndRequest.post("text/xml", utf8("<a/>"))).reason())
                .isEqualTo(RejectReason.UNSUPPORTED_MEDIA_TYPE);
        assertThat(rejected(OsmAndRequest.post("application/json; charset=ISO-8859-1", utf8("{}")))
                        .reason())
                .isEqualTo(RejectReason.UNSUPPORTED_MEDIA_TYPE);
        assertThat(rejected(OsmAndRequest.get("")).reason()).isEqualTo(RejectReason.MISSING_FIELD);
    }

    @Test
    void decodesUtf8Identifiers() {
        assertThat(one(OsmAndRequest.get("id=patrulla-%C3%B1&lat=1&lon=1")).deviceIdentifier())
                .isEqualTo("patrulla-ñ");
    }
}
