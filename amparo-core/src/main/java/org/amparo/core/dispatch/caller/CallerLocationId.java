package org.amparo.core.dispatch.caller;

import java.util.Objects;
import java.util.UUID;

/** Identifies one stored caller location. Immutable. */
public record CallerLocationId(UUID value) {
    public CallerLocationId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
