package org.amparo.core.face;

import java.util.UUID;

/** Identifier of a {@link FaceMatch}; the API shows it as a {@code FACE_MATCH} alert's id. */
public record FaceMatchId(UUID value) {
    public static FaceMatchId parse(String text) {
        return new FaceMatchId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
