package org.amparo.core.alert;

import java.util.UUID;

/** Identifier of an {@link Alert}. */
public record AlertId(UUID value) {
    public static AlertId parse(String text) {
        return new AlertId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
