package org.amparo.core.face;

import java.time.Instant;
import java.util.Objects;

/**
 * One person's verdict on a face match. Immutable.
 *
 * @param username who
 * @param kind confirm or reject
 * @param at when
 */
public record Verdict(String username, VerdictKind kind, Instant at) {
    public Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        if (username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank");
        }
    }
}
