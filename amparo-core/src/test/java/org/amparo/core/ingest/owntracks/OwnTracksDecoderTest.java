package org.amparo.core.ingest.owntracks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.amparo.core.ingest.DecodeResult;
import org.amparo.core.ingest.RejectReason;
import org.junit.jupiter.api.Test;

class OwnTracksDecoderTest {
    private static final byte[] LOCATION =
            "{\"_type\":\"location\",\"lat\":-0.18,\"lon\":-78.46,\"tst\":1764115200,\"vel\":-1,\"batt\":-1}"
                    .getBytes(StandardCharsets.UTF_8);
    private final OwnTracksDecoder decoder = new OwnTracksDecoder();

    private RejectReason reason(DecodeResult result) {
        assertThat(result).isInstanceOf(DecodeResult.Rejected.class);
        return ((DecodeResult.Rejected) result).reason();
    }

    @Test
    void overHttpTheCallerNamesTheDevice() {
        DecodeResult result = decoder.decodeHttp("maria/iphone", LOCATION);
        assertThat(result).isInstanceOfSatisfying(DecodeResult.Decoded.class, d -> {
            assertThat(d.fixes().getFirst().deviceIdentifier()).isEqualTo("maria/iphone");
            assertThat(d.fixes().getFirst().readings().speedMetersPerSecond()).isNull();
            assertThat(d.fixes().getFirst().readings().batteryPercent()).isNull();
        });
        assertThat(reason(decoder.decodeHttp("", LOCATION))).isEqualTo(RejectReason.MISSING_FIELD);
    }

    @Test
    void topicsMustNameUserAndDevice() {
        assertThat(reason(decoder.decodeMqtt("owntracks/maria", LOCATION))).isEqualTo(RejectReason.UNSUPPORTED);
        assertThat(reason(decoder.decodeMqtt("owntracks//iphone", LOCATION))).isEqualTo(RejectReason.MISSING_FIELD);
        assertThat(reason(decoder.decodeMqtt("owntracks/maria/iphone/cmd", LOCATION)))
                .isEqualTo(RejectReason.UNSUPPORTED);
        assertThat(new OwnTracksTopics("owntracks").subscription()).isEqualTo("owntracks/+/+");
        assertThatIllegalArgumentException().isThrownBy(() -> new OwnTracksTopics("a/#"));
    }

    @Test
    void refusesHostilePayloads() {
        assertThat(reason(decoder.decodeMqtt("owntracks/u/d", "[".repeat(100).getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(RejectReason.TOO_LARGE);
        assertThat(reason(decoder.decodeMqtt("owntracks/u/d", new byte[100_000])))
                .isEqualTo(RejectReason.TOO_LARGE);
        assertThat(reason(decoder.decodeMqtt(
                        "owntracks/u/d",
                        "{\"_type\":\"location\",\"lat\":1,\"lon\":181,\"tst\":1}".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(RejectReason.INVALID_COORDINATES);
        assertThat(reason(decoder.decodeMqtt(
                        "owntracks/u/d",
                        "{\"_type\":\"location\",\"lat\":1,\"lon\":1,\"tst\":\"now\"}"
                                .getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(RejectReason.INVALID_TIME);
        assertThat(reason(decoder.decodeMqtt("owntracks/u/d", "not json".getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(RejectReason.MALFORMED);
    }
}
