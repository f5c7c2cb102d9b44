package org.amparo.core.monitoring;

import java.util.UUID;

/** Identifier of a stored {@link ZoneDefinition}; the engine's zone id is its text. */
public record ZoneDefId(UUID value) {
    public static ZoneDefId parse(String text) {
        return new ZoneDefId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
