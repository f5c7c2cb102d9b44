package org.amparo.core.ingest.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.amparo.core.ingest.DecodeResult;
import org.amparo.core.ingest.DeviceFix;
import org.amparo.core.ingest.FixSource;
import org.amparo.core.ingest.RejectReason;
import org.amparo.core.ingest.json.JsonLimits;
import org.junit.jupiter.api.Test;

class LocationBatchDecoderTest {
    private final LocationBatchDecoder decoder = new LocationBatchDecoder();

    private DecodeResult decode(String body) {
        return decoder.decode(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void decodesEveryFieldInOrder() {
        DecodeResult result = decode("[{\"deviceId\":\"861001000719969\",\"lat\":-2.9001,\"lon\":-79.0059,"
                + "\"at\":\"2025-11-26T00:00:00Z\",\"accuracyMeters\":10,\"speedMetersPerSecond\":1.5,"
                + "\"bearingDegrees\":90,\"altitudeMeters\":2550,\"batteryPercent\":80,\"hdop\":0.9},"
                + "{\"deviceId\":\"unit-7\",\"lat\":0.5,\"lon\":1,\"at\":\"2025-11-25T19:00:01-05:00\"}]");
        assertThat(result).isInstanceOfSatisfying(DecodeResult.Decoded.class, d -> {
            assertThat(d.fixes()).hasSize(2);
            DeviceFix first = d.fixes().get(0);
            assertThat(first.source()).isEqualTo(FixSource.REST_BATCH);
            assertThat(first.readings().batteryPercent()).isEqualTo(80.0);
            assertThat(first.readings().hdop()).isEqualTo(0.9);
            assertThat(d.fixes().get(1).at()).isEqualTo(Instant.parse("2025-11-26T00:00:01Z"));
            assertThat(d.fixes().get(1).readings().accuracyMeters()).isNull();
        });
        assertThat(decode("[]")).isEqualTo(new DecodeResult.Decoded(java.util.List.of()));
    }

    @Test
    void reportsEveryInvalidElementWithItsIndexAndDecodesNothing() {
        DecodeResult result = decode("["
                + "{\"deviceId\":\"a\",\"lat\":1,\"lon\":1,\"at\":\"2025-11-26T00:00:00Z\"},"
                + "{\"deviceId\":\"a\",\"lat\":91,\"lon\":1,\"at\":\"2025-11-26T00:00:00Z\"},"
                + "{\"deviceId\":\"a\",\"lat\":1,\"at\":\"2025-11-26T00:00:00Z\"},"
                + "{\"deviceId\":\"a\",\"lat\":1,\"lon\":1,\"at\":\"2025-11-26T00:00:00\"},"
                + "{\"deviceId\":\"\",\"lat\":1,\"lon\":1,\"at\":\"2025-11-26T00:00:00Z\"},"
                + "{\"deviceId\":\"a\",\"lat\":1,\"lon\":1,\"at\":\"2025-11-26T00:00:00Z\",\"accuracyMeters\":-1},"
                + "{\"deviceId\":\"a\",\"lat\":1,\"lon\":1,\"at\":\"2025-11-26T00:00:00Z\",\"color\":\"red\"},"
                + "42,"
                + "{\"deviceId\":\"a\",\"lat\":\"1\",\"lon\":1,\"at\":\"2025-11-26T00:00:00Z\"},"
                + "{\"deviceId\":\"a\",\"lat\":1,\"lon\":1e999,\"at\":\"2025-11-26T00:00:00Z\"}"
                + "]");
        assertThat(result).isInstanceOfSatisfying(DecodeResult.Rejected.class, r -> {
            assertThat(r.reason()).isEqualTo(RejectReason.INVALID_COORDINATES);
            assertThat(r.detail()).startsWith("9 of 10 elements are invalid; first at index 1");
            assertThat(r.elements())
                    .extracting(p -> p.index() + ":" + p.reason())
                    .containsExactly(
                            "1:INVALID_COORDINATES",
                            "2:MISSING_FIELD",
                            "3:INVALID_TIME",
                            "4:MISSING_FIELD",
                            "5:INVALID_FIELD",
                            "6:INVALID_FIELD",
                            "7:MALFORMED",
                            "8:INVALID_FIELD",
                            "9:INVALID_COORDINATES");
            assertThat(r.elements().get(4).detail()).contains("accuracyMeters");
            assertThat(r.elements().get(5).detail()).contains("unknown member 'color'");
        });
    }

    @Test
    void refusesWhatIsNotABatchOrIsTooLarge() {
        assertThat(((DecodeResult.Rejected) decode("{\"deviceId\":\"a\"}")).reason())
                .isEqualTo(RejectReason.MALFORMED);
        assertThat(((DecodeResult.Rejected) decode("[{]")).reason()).isEqualTo(RejectReason.MALFORMED);
        LocationBatchDecoder small = new LocationBatchDecoder(2, JsonLimits.BATCH);
        DecodeResult three = small.decode("[{},{},{}]".getBytes(StandardCharsets.UTF_8));
        assertThat(((DecodeResult.Rejected) three).reason()).isEqualTo(RejectReason.TOO_LARGE);
        byte[] huge = new byte[JsonLimits.BATCH.maxInputBytes() + 1];
        assertThat(((DecodeResult.Rejected) decoder.decode(huge)).reason()).isEqualTo(RejectReason.TOO_LARGE);
    }
}
