package org.amparo.face.pipeline;

import java.util.List;

/** Whether an image can serve as an enrolment photo: exactly one usable face, or the reasons not. */
public sealed interface EnrolmentVerdict {

    /**
     * The image shows one face of sufficient size and sharpness.
     *
     * @param face the face to enrol
     */
    record Acceptable(AnalyzedFace face) implements EnrolmentVerdict {}

    /**
     * The image must not be used; every issue found is listed.
     *
     * @param issues at least one issue, no repeats
     */
    record Unacceptable(List<QualityIssue> issues) implements EnrolmentVerdict {
        public Unacceptable {
            issues = List.copyOf(issues);
            if (issues.isEmpty() || issues.stream().distinct().count() != issues.size()) {
                throw new IllegalArgumentException("need at least one distinct issue: " + issues);
            }
        }
    }
}
