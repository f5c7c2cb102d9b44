package org.amparo.core.legal;

import java.util.UUID;

/** Identifier of an {@link Authorization}. */
public record AuthorizationId(UUID value) {
    public static AuthorizationId parse(String text) {
        return new AuthorizationId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
