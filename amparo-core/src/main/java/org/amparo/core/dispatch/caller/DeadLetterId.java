package org.amparo.core.dispatch.caller;

import java.util.Objects;
import java.util.UUID;

/** Identifies one dead letter. Immutable. */
public record DeadLetterId(UUID value) {
    public DeadLetterId {
        Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
