package org.amparo.server.config;

import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One configuration key: its name, type, default, bounds and documentation. The configuration
 * reference (docs/configuration.md) is generated from these; a test fails when it is stale.
 *
 * @param name the key, in the {@code amparo.area.setting-name} scheme
 * @param type the value's type, shown in the reference
 * @param defaultValue the default as text, or null when the key has none (optional or required)
 * @param description what it does, for operators
 * @param secret whether the value must never be logged or shown
 * @param parser turns the text into the typed value; throws IllegalArgumentException on bad input
 * @param <T> the value type
 */
public record ConfigKey<T>(
        String name,
        String type,
        @Nullable String defaultValue,
        String description,
        boolean secret,
        Function<String, T> parser) {

    public ConfigKey {
        if (!name.matches("[a-z]+(\\.[a-z][a-z0-9-]*)+")) {
            throw new IllegalArgumentException("config key names are dotted lower-case: " + name);
        }
    }

    /** Parses {@code text}, naming this key in the error. */
    public T parse(String text) {
        try {
            return parser.apply(text.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("configuration " + name + ": " + e.getMessage(), e);
        }
    }
}
