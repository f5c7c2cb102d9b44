package org.amparo.server.camera;

import java.util.regex.Pattern;

/**
 * Removes credentials from text that may quote a camera's source URL (ffmpeg's error messages, exceptions):
 * the user information of any URL and its query, which often carries an access token. Thread-safe.
 */
public final class Redaction {
    private static final Pattern USER_INFO = Pattern.compile("(?i)\\b([a-z][a-z0-9+.-]*://)[^/\\s@]*@");
    private static final Pattern QUERY = Pattern.compile("(?i)(\\b[a-z][a-z0-9+.-]*://[^\\s?]*)\\?[^\\s]*");

    private Redaction() {}

    /** {@code text} with every URL's user information and query replaced by {@code ***}. */
    public static String redact(String text) {
        String withoutUser = USER_INFO.matcher(text).replaceAll("$1***@");
        return QUERY.matcher(withoutUser).replaceAll("$1?***");
    }

    /** {@code text} redacted, with every occurrence of {@code secretUrl} replaced by {@code shownUrl} first. */
    public static String redact(String text, String secretUrl, String shownUrl) {
        return redact(text.replace(secretUrl, shownUrl));
    }
}
