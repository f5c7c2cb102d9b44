package org.amparo.face.pipeline;

import java.util.List;

/**
 * Everything the pipeline found in one image. Immutable.
 *
 * @param faces every detected face, largest first (empty when there is none or the image is
 *     unreadable)
 * @param enrolment whether the image is fit for enrolment, and why not
 */
public record FaceAnalysis(List<AnalyzedFace> faces, EnrolmentVerdict enrolment) {
    public FaceAnalysis {
        faces = List.copyOf(faces);
        if (enrolment instanceof EnrolmentVerdict.Acceptable(AnalyzedFace face) && !faces.contains(face)) {
            throw new IllegalArgumentException("the accepted face must be one of the faces");
        }
    }
}
