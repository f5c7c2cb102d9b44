package org.amparo.server.config;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Reads typed values of {@link AmparoConfig} keys from the Spring environment. At construction it
 * refuses any {@code amparo.*} key that the registry does not know, so a misspelt setting fails the
 * start instead of being silently ignored. Thread-safe.
 */
public final class Settings {
    private final ConfigurableEnvironment environment;

    public Settings(ConfigurableEnvironment environment) {
        this.environment = environment;
        Set<String> known = AmparoConfig.all().stream().map(ConfigKey::name).collect(Collectors.toSet());
        Set<String> unknown = new TreeSet<>();
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof EnumerablePropertySource<?> enumerable) {
                for (String name : enumerable.getPropertyNames()) {
                    if (name.startsWith("amparo.") && !known.contains(name)) {
                        unknown.add(name);
                    }
                }
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(
                    "unknown configuration keys " + unknown + "; see docs/configuration.md for the keys Amparo reads");
        }
        AmparoConfig.all().forEach(this::optional);
    }

    /** The value, or the default; fails when the key has neither. */
    public <T> T get(ConfigKey<T> key) {
        T value = optional(key);
        if (value == null) {
            throw new IllegalStateException("configuration " + key.name() + " is required");
        }
        return value;
    }

    /** The value, the default, or null when the key has neither. */
    public <T> @Nullable T optional(ConfigKey<T> key) {
        String text = environment.getProperty(key.name());
        if (text == null) {
            text = key.defaultValue();
        }
        return text == null ? null : key.parse(text);
    }

    /** Names of all keys, for diagnostics. */
    public static List<String> names() {
        return AmparoConfig.all().stream().map(ConfigKey::name).toList();
    }
}
