package org.amparo.core.dispatch;

import java.util.Objects;
import java.util.UUID;

/** Identifies an incident. Immutable. */
public record IncidentId(UUID value) {
    public IncidentId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
