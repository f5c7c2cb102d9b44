package org.amparo.core.ingest.emergency;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A civic address (RFC 4119, RFC 5139): only the elements that had text, values stripped of surrounding
 * whitespace. Immutable; at least one element.
 *
 * @param fields element values by field, iteration in {@link CivicField} order
 */
public record CivicAddress(Map<CivicField, String> fields) {
    /** The longest value kept per element, in chars. */
    public static final int MAX_VALUE_LENGTH = 256;

    public CivicAddress {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a civic address has at least one element");
        }
        EnumMap<CivicField, String> copy = new EnumMap<>(fields);
        for (Map.Entry<CivicField, String> e : copy.entrySet()) {
            String value = e.getValue();
            if (value.isBlank() || !value.strip().equals(value) || value.length() > MAX_VALUE_LENGTH) {
                throw new IllegalArgumentException("civic " + e.getKey() + " must be non-blank, stripped, short");
            }
        }
        fields = Collections.unmodifiableMap(copy);
    }

    /** The value of one element, or null when the address does not have it. */
    public @Nullable String get(CivicField field) {
        return fields.get(field);
    }
}
