package org.amparo.core.dispatch;

import java.util.Objects;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Outcome;
import org.amparo.core.legal.SubjectService;
import org.jspecify.annotations.Nullable;

/**
 * The written reason a read of personal data needs (charter section 5), with the same bounds as {@link
 * SubjectService}. Stateless.
 */
public final class Justifications {
    private Justifications() {}

    /** Whether {@code text} is a justification: at least {@value SubjectService#MIN_JUSTIFICATION} characters. */
    public static boolean valid(@Nullable String text) {
        return text != null
                && text.strip().length() >= SubjectService.MIN_JUSTIFICATION
                && text.length() <= AuditRecord.MAX_TEXT;
    }

    /** The justification as kept in the audit entry; only for a {@link #valid} one. */
    public static String text(@Nullable String text) {
        return Objects.requireNonNull(text, "justification").strip();
    }

    /** The refusal of a read without a justification. */
    public static <T> Outcome<T> missing() {
        return Outcome.invalid(
                "justification",
                "reading personal data needs a written justification of at least " + SubjectService.MIN_JUSTIFICATION
                        + " characters");
    }
}
