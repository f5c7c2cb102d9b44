package org.amparo.core.ingest;

/**
 * The rule for device identifiers: 1 to {@value #MAX_LENGTH} characters, no control characters or unpaired surrogates, no
 * leading or trailing whitespace. Stateless.
 */
public final class DeviceIdentifiers {
    /** The longest identifier accepted, in UTF-16 chars. */
    public static final int MAX_LENGTH = 128;

    private DeviceIdentifiers() {}

    /** Returns why {@code identifier} is not acceptable, or an empty string when it is. */
    public static String problem(String identifier) {
        if (identifier.isEmpty()) {
            return "device identifier is empty";
        }
        if (identifier.length() > MAX_LENGTH) {
            return "device identifier is longer than " + MAX_LENGTH + " characters";
        }
        if (!identifier.strip().equals(identifier)) {
            return "device identifier has leading or trailing whitespace";
        }
        for (int i = 0; i < identifier.length(); ) {
            int codePoint = identifier.codePointAt(i);
            if (Character.isISOControl(codePoint) || Character.isSurrogate(identifier.charAt(i))) {
                return "device identifier contains a control character or unpaired surrogate at index " + i;
            }
            i += Character.charCount(codePoint);
        }
        return "";
    }

    /** Returns {@code identifier} when valid; otherwise throws {@link IllegalArgumentException}. */
    public static String requireValid(String identifier) {
        String problem = problem(identifier);
        if (!problem.isEmpty()) {
            throw new IllegalArgumentException(problem);
        }
        return identifier;
    }
}
