package org.amparo.core.evidence;

import java.util.UUID;

/** Identifier of one stored evidence item. */
public record EvidenceId(UUID value) {
    public static EvidenceId parse(String text) {
        return new EvidenceId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
