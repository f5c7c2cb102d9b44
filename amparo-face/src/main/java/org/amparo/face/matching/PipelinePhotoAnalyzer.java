package org.amparo.face.matching;

import java.util.List;
import org.amparo.core.face.FaceTemplate;
import org.amparo.core.face.PhotoAnalyzer;
import org.amparo.core.face.PhotoCheck;
import org.amparo.face.pipeline.EnrolmentVerdict;
import org.amparo.face.pipeline.FacePipeline;
import org.amparo.face.pipeline.QualityIssue;

/**
 * Enrolment photos through the {@link FacePipeline}: exactly one face, large and sharp enough, gives
 * its template; otherwise the quality issues in words (no face, several faces, too small, too
 * blurred, unreadable). Thread-safe as the pipeline is; does not close it.
 */
public final class PipelinePhotoAnalyzer implements PhotoAnalyzer {
    private final FacePipeline pipeline;

    public PipelinePhotoAnalyzer(FacePipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public PhotoCheck check(byte[] encodedPhoto) {
        return switch (pipeline.analyze(encodedPhoto).enrolment()) {
            case EnrolmentVerdict.Acceptable(var face) ->
                new PhotoCheck.Usable(FaceTemplate.of(face.embedding().values()));
            case EnrolmentVerdict.Unacceptable(List<QualityIssue> issues) ->
                new PhotoCheck.Unusable(
                        issues.stream().map(QualityIssue::description).toList());
        };
    }
}
