package org.amparo.face.matching;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.amparo.core.face.FrameReport;
import org.amparo.core.face.MatchingSession;
import org.amparo.face.image.RgbImage;
import org.amparo.face.pipeline.FacePipeline;

/**
 * Matches the faces of one encoded camera frame (JPEG or PNG) in a camera's session: detect, align,
 * embed, then {@link MatchingSession#process}. The frame and its faces live only for the call:
 * nothing about a face that matches nobody is written anywhere. Thread-safe as the pipeline is.
 */
public final class CameraFrameMatcher {
    private final FacePipeline pipeline;

    public CameraFrameMatcher(FacePipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** The frame's report, or empty when the bytes are not a readable image. */
    public Optional<FrameReport> match(MatchingSession session, Instant capturedAt, byte[] encodedFrame) {
        return RgbImage.decode(encodedFrame).map(frame -> {
            List<FrameProbe> probes = pipeline.analyze(frame).faces().stream()
                    .map(face -> new FrameProbe(frame, face))
                    .toList();
            return session.process(capturedAt, probes);
        });
    }
}
