package org.amparo.core.camera;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import org.amparo.core.geo.GeoPoint;
import org.jspecify.annotations.Nullable;

/**
 * A registered camera. Its position is what the processing policy checks against an authorization's
 * areas at every match. Immutable.
 *
 * @param id identifier
 * @param name a human name, 1..{@value #MAX_NAME} characters
 * @param position where it stands (WGS 84)
 * @param province the province's name, 1..{@value #MAX_NAME} characters
 * @param sourceUrl an http(s) snapshot or rtsp stream URL, or null when frames are uploaded
 * @param enabled whether its frames are processed
 * @param createdAt when it was registered
 * @param createdBy username of the administrator who registered it
 */
public record Camera(
        CameraId id,
        String name,
        GeoPoint position,
        String province,
        @Nullable String sourceUrl,
        boolean enabled,
        Instant createdAt,
        String createdBy) {
    /** Longest name and province, in characters. */
    public static final int MAX_NAME = 200;

    /** Longest source URL, in characters. */
    public static final int MAX_URL = 2_000;

    public Camera {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(position, "position");
        if (!validText(name) || !validText(province)) {
            throw new IllegalArgumentException("name and province must be 1.." + MAX_NAME + " characters");
        }
        if (sourceUrl != null && !validUrl(sourceUrl)) {
            throw new IllegalArgumentException("sourceUrl must be an http, https or rtsp URL");
        }
    }

    static boolean validText(String text) {
        return !text.isBlank() && text.length() <= MAX_NAME;
    }

    static boolean validUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return url.length() <= MAX_URL
                && !url.isBlank()
                && (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("rtsp://"));
    }

    public Camera withEnabled(boolean on) {
        return new Camera(id, name, position, province, sourceUrl, on, createdAt, createdBy);
    }
}
