package org.amparo.core.dispatch;

import java.util.Objects;
import java.util.UUID;

/** Identifies a unit. Immutable. */
public record UnitId(UUID value) {
    public UnitId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
