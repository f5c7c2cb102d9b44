package org.amparo.core.dispatch.caller;

import java.time.Instant;
import java.util.Objects;
import org.amparo.core.ingest.emergency.InvalidReason;
import org.amparo.core.ingest.emergency.LocationResult;

/**
 * A caller-location message that could not be decoded, kept so that nothing is silently lost: its reason and a
 * bounded excerpt of its raw text (which may hold personal data, hence a short retention and audited reads).
 * Immutable.
 *
 * @param id the dead letter
 * @param receivedAt when it arrived
 * @param kind the form it was received in
 * @param reason why the decoder refused it
 * @param detail the decoder's short explanation (names the attribute, never its value)
 * @param excerpt the first {@value #MAX_EXCERPT} characters of the raw text, control characters replaced by {@code ?}
 */
public record DeadLetter(
        DeadLetterId id, Instant receivedAt, MessageKind kind, InvalidReason reason, String detail, String excerpt) {
    /** The longest excerpt kept, in characters. */
    public static final int MAX_EXCERPT = 500;

    public DeadLetter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (detail.length() > LocationResult.MAX_DETAIL_LENGTH) {
            throw new IllegalArgumentException("detail longer than " + LocationResult.MAX_DETAIL_LENGTH);
        }
        if (excerpt.length() > MAX_EXCERPT || excerpt.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("an excerpt is bounded and has no control characters; use excerptOf");
        }
    }

    /** The excerpt of {@code raw}: at most {@value #MAX_EXCERPT} characters, control characters as {@code ?}. */
    public static String excerptOf(String raw) {
        String head = raw.length() <= MAX_EXCERPT ? raw : raw.substring(0, MAX_EXCERPT);
        StringBuilder out = new StringBuilder(head.length());
        head.chars().forEach(c -> out.append(Character.isISOControl(c) ? '?' : (char) c));
        return out.toString();
    }
}
