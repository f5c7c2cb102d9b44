package org.amparo.core.ingest;

import org.amparo.core.ingest.json.JsonValue;
import org.amparo.core.ingest.json.JsonValue.JsonNull;
import org.amparo.core.ingest.json.JsonValue.JsonNumber;
import org.amparo.core.ingest.json.JsonValue.JsonObject;
import org.amparo.core.ingest.json.JsonValue.JsonString;
import org.jspecify.annotations.Nullable;

/**
 * Typed access to the members of a JSON object for decoders: a wrong type is
 * {@link RejectReason#INVALID_FIELD}, a missing required member {@link RejectReason#MISSING_FIELD}, and a
 * JSON {@code null} counts as absent. {@code path} names the object in messages (e.g.
 * {@code location.coords}). Stateless.
 */
public final class JsonFields {
    private JsonFields() {}

    /** {@code value} as an object. */
    public static JsonObject object(JsonValue value, String path) throws DecodeException {
        if (value instanceof JsonObject object) {
            return object;
        }
        throw new DecodeException(RejectReason.MALFORMED, path + ": expected an object, got " + value.typeName());
    }

    /** The member {@code name} as an object, or {@code null} when absent. */
    public static @Nullable JsonObject optionalObject(JsonObject in, String name, String path) throws DecodeException {
        JsonValue value = present(in, name);
        return value == null ? null : object(value, qualified(path, name));
    }

    /** The member {@code name} as a finite or infinite double, or {@code null} when absent. */
    public static @Nullable Double optionalNumber(JsonObject in, String name, String path) throws DecodeException {
        JsonValue value = present(in, name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number) {
            return number.toDouble();
        }
        throw wrongType(path, name, "number", value);
    }

    /** The member {@code name} as a double; absent is {@link RejectReason#MISSING_FIELD}. */
    public static double requiredNumber(JsonObject in, String name, String path) throws DecodeException {
        Double value = optionalNumber(in, name, path);
        if (value == null) {
            throw missing(path, name);
        }
        return value;
    }

    /** The member {@code name} as a string, or {@code null} when absent. */
    public static @Nullable String optionalString(JsonObject in, String name, String path) throws DecodeException {
        JsonValue value = present(in, name);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.value();
        }
        throw wrongType(path, name, "string", value);
    }

    /** The member {@code name} as a string; absent is {@link RejectReason#MISSING_FIELD}. */
    public static String requiredString(JsonObject in, String name, String path) throws DecodeException {
        String value = optionalString(in, name, path);
        if (value == null) {
            throw missing(path, name);
        }
        return value;
    }

    /** {@code path.name}, or {@code name} at the root. */
    public static String qualified(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static @Nullable JsonValue present(JsonObject in, String name) {
        JsonValue value = in.get(name);
        return value instanceof JsonNull ? null : value;
    }

    private static DecodeException missing(String path, String name) {
        return new DecodeException(RejectReason.MISSING_FIELD, qualified(path, name) + ": required");
    }

    private static DecodeException wrongType(String path, String name, String expected, JsonValue got) {
        return new DecodeException(
                RejectReason.INVALID_FIELD,
                qualified(path, name) + ": expected a " + expected + ", got " + got.typeName());
    }
}
