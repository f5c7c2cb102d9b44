package org.amparo.core.camera;

import java.util.UUID;

/** Identifier of a {@link Camera}; its text form is what an authorization's scope lists as a camera id. */
public record CameraId(UUID value) {
    public static CameraId parse(String text) {
        return new CameraId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
