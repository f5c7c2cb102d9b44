package org.amparo.core.dispatch;

import java.util.Objects;
import java.util.UUID;

/** Identifies one emergency call; several calls may be linked to one incident. Immutable. */
public record CallId(UUID value) {
    public CallId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
