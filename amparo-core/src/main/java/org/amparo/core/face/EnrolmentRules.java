package org.amparo.core.face;

import java.time.Instant;
import java.util.Optional;
import org.amparo.core.legal.Authorization;
import org.amparo.core.legal.DataKind;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.legal.UseMode;

/** Whether an authorization allows a watchlist entry for a subject now, and why not. Stateless. */
final class EnrolmentRules {
    private EnrolmentRules() {}

    /** The reason enrolment is refused, or empty when the authorization allows it. */
    static Optional<String> refusal(Authorization a, SubjectId subject, Instant now) {
        if (!a.subjectId().equals(subject)) {
            return Optional.of("authorization " + a.id() + " names another subject");
        }
        if (!a.purpose().allowedKinds().contains(DataKind.FACE)) {
            return Optional.of("purpose " + a.purpose() + " does not allow face identification");
        }
        if (!a.scope().dataKinds().contains(DataKind.FACE)) {
            return Optional.of("authorization " + a.id() + " does not cover data kind FACE");
        }
        if (a.mode() != UseMode.LIVE) {
            return Optional.of("a watchlist is live identification; authorization " + a.id() + " is " + a.mode());
        }
        if (!a.inEffectAt(now)) {
            return Optional.of("authorization " + a.id() + " is " + a.status()
                    + " and not in effect now: it must be approved (or urgent before its deadline) and in its window");
        }
        return Optional.empty();
    }
}
