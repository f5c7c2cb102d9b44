package org.amparo.face.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.amparo.face.image.RgbImage;
import org.junit.jupiter.api.Test;

/** Verdicts that need no photograph: unreadable bytes and an empty frame. */
class FacePipelineTest {
    @Test
    void unreadableBytesAndEmptyFramesGetTheirReasons() {
        try (FacePipeline pipeline = FacePipeline.open()) {
            FaceAnalysis garbage = pipeline.analyze("not an image".getBytes(StandardCharsets.US_ASCII));
            assertThat(garbage.faces()).isEmpty();
            assertThat(garbage.enrolment())
                    .isEqualTo(new EnrolmentVerdict.Unacceptable(List.of(QualityIssue.UNREADABLE_IMAGE)));

            byte[] grey = new byte[320 * 240 * 3];
            Arrays.fill(grey, (byte) 128);
            FaceAnalysis empty = pipeline.analyze(RgbImage.of(320, 240, grey));
            assertThat(empty.faces()).isEmpty();
            assertThat(empty.enrolment()).isEqualTo(new EnrolmentVerdict.Unacceptable(List.of(QualityIssue.NO_FACE)));
        }
    }
}
