package org.amparo.core.ingest.json;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** A parsed JSON value. Immutable; objects keep their members in document order. */
public sealed interface JsonValue {

    /** A short name of the JSON type, for error messages: object, array, string, number, boolean, null. */
    String typeName();

    /** An object; member names are unique (the reader refuses duplicates). */
    record JsonObject(Map<String, JsonValue> members) implements JsonValue {
        public JsonObject {
            members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
        }

        /** The member called {@code name}, or {@code null} when absent. */
        public @Nullable JsonValue get(String name) {
            return members.get(name);
        }

        @Override
        public String typeName() {
            return "object";
        }
    }

    /** An array. */
    record JsonArray(List<JsonValue> elements) implements JsonValue {
        public JsonArray {
            elements = List.copyOf(elements);
        }

        @Override
        public String typeName() {
            return "array";
        }
    }

    /** A string, unescaped. */
    record JsonString(String value) implements JsonValue {
        public JsonString {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String typeName() {
            return "string";
        }
    }

    /**
     * A number, kept as its exact source text (valid RFC 8259 number syntax), so that no precision is lost
     * before the caller chooses a type.
     */
    record JsonNumber(String text) implements JsonValue {
        public JsonNumber {
            Objects.requireNonNull(text, "text");
        }

        /** The nearest double; may be infinite for huge exponents such as {@code 1e999}. */
        public double toDouble() {
            return Double.parseDouble(text);
        }

        /** The exact value. */
        public BigDecimal toBigDecimal() {
            return new BigDecimal(text);
        }

        @Override
        public String typeName() {
            return "number";
        }
    }

    /** {@code true} or {@code false}. */
    record JsonBoolean(boolean value) implements JsonValue {
        @Override
        public String typeName() {
            return "boolean";
        }
    }

    /** {@code null}. */
    record JsonNull() implements JsonValue {
        /** The only instance the reader produces. */
        public static final JsonNull INSTANCE = new JsonNull();

        @Override
        public String typeName() {
            return "null";
        }
    }
}
