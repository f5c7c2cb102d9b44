package org.amparo.core.ingest.osmand;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request of the OsmAnd protocol, free of any server type. Immutable once built; the body array
 * is not copied, so the caller hands it over and must not change it afterwards.
 */
public final class OsmAndRequest {
    private final String method;
    private final @Nullable String contentType;
    private final String rawQuery;
    private final byte[] body;

    /**
     * @param method the HTTP method, e.g. {@code GET}
     * @param contentType the {@code Content-Type} header, or {@code null} when absent
     * @param rawQuery the still percent-encoded query string, without the {@code ?}; empty when none
     * @param body the request body; empty when none
     */
    public OsmAndRequest(String method, @Nullable String contentType, String rawQuery, byte[] body) {
        this.method = Objects.requireNonNull(method, "method");
        this.contentType = contentType;
        this.rawQuery = Objects.requireNonNull(rawQuery, "rawQuery");
        this.body = Objects.requireNonNull(body, "body");
    }

    /** A request built from a request target such as {@code /?id=1&lat=2}; the query is what follows '?'. */
    public static OsmAndRequest fromTarget(String method, String target, @Nullable String contentType, byte[] body) {
        int question = target.indexOf('?');
        String query = question < 0 ? "" : target.substring(question + 1);
        int fragment = query.indexOf('#');
        return new OsmAndRequest(method, contentType, fragment < 0 ? query : query.substring(0, fragment), body);
    }

    /** A GET with the given raw query string. */
    public static OsmAndRequest get(String rawQuery) {
        return new OsmAndRequest("GET", null, rawQuery, new byte[0]);
    }

    /** A POST with no query string. */
    public static OsmAndRequest post(@Nullable String contentType, byte[] body) {
        return new OsmAndRequest("POST", contentType, "", body);
    }

    public String method() {
        return method;
    }

    public @Nullable String contentType() {
        return contentType;
    }

    public String rawQuery() {
        return rawQuery;
    }

    /** The body; not a copy: read it, do not change it. */
    byte[] body() {
        return body;
    }

    /** The body length in bytes. */
    public int bodyLength() {
        return body.length;
    }
}
