package org.amparo.core.dispatch;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The telephone number an emergency call came from: personal data. Kept as given in international or national
 * digits (an optional leading {@code +} and 3 to 15 digits, as E.164 allows); {@link #toString()} masks all but
 * the last three digits so that logs and exception messages do not carry it. Immutable.
 *
 * @param value the number, e.g. {@code +593991234567}
 */
public record CallerNumber(String value) {
    private static final Pattern FORM = Pattern.compile("\\+?[0-9]{3,15}");

    public CallerNumber {
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("a caller number is an optional + and 3 to 15 digits");
        }
    }

    /** The number of {@code text} (spaces, dashes and parentheses ignored), or empty when it is not one. */
    public static Optional<CallerNumber> parse(String text) {
        String compact = text.replaceAll("[\\s()\\-]", "");
        return FORM.matcher(compact).matches() ? Optional.of(new CallerNumber(compact)) : Optional.empty();
    }

    @Override
    public String toString() {
        return "CallerNumber[***" + value.substring(value.length() - 3) + "]";
    }
}
