package org.amparo.core.ingest.json;

import java.util.Objects;

/** The outcome of {@link JsonReader#read}: a value, or the reason the document was refused. */
public sealed interface JsonResult {
    /** The document was valid and within limits. */
    record Parsed(JsonValue value) implements JsonResult {
        public Parsed {
            Objects.requireNonNull(value, "value");
        }
    }

    /** The document was refused. */
    record Invalid(JsonError error) implements JsonResult {
        public Invalid {
            Objects.requireNonNull(error, "error");
        }
    }
}
