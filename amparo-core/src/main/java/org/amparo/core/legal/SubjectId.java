package org.amparo.core.legal;

import java.util.UUID;

/** Identifier of a {@link Subject}. */
public record SubjectId(UUID value) {
    public static SubjectId parse(String text) {
        return new SubjectId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
