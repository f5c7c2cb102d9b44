package org.amparo.core.face;

import java.util.List;

/** Whether an uploaded photo yields a template: usable, or the reasons not, in words for the uploader. */
public sealed interface PhotoCheck {

    /** Exactly one face, large and sharp enough; its template. */
    record Usable(FaceTemplate template) implements PhotoCheck {}

    /** Unusable; at least one reason (no face, several faces, too small, too blurred, unreadable). */
    record Unusable(List<String> reasons) implements PhotoCheck {
        public Unusable {
            reasons = List.copyOf(reasons);
            if (reasons.isEmpty()) {
                throw new IllegalArgumentException("an unusable photo has at least one reason");
            }
        }
    }
}
