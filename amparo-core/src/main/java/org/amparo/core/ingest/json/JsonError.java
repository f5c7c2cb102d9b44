package org.amparo.core.ingest.json;

import java.util.Objects;

/**
 * Why a document was refused, and where.
 *
 * @param kind {@link Kind#LIMIT} when a {@link JsonLimits} bound was exceeded, else {@link Kind#SYNTAX}
 * @param message what was wrong, e.g. {@code "expected ':' after member name"}
 * @param offset zero-based position in the decoded text (chars), or in the input bytes for invalid UTF-8
 */
public record JsonError(Kind kind, String message, long offset) {
    /** The two families of errors. */
    public enum Kind {
        /** Not RFC 8259 JSON in strict UTF-8, or a duplicate member name. */
        SYNTAX,
        /** Well-formed so far, but over a configured limit. */
        LIMIT
    }

    public JsonError {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** A one-line description including the position. */
    public String describe() {
        return message + " at offset " + offset;
    }
}
