package org.amparo.core.camera;

import java.util.List;
import java.util.Optional;

/** Persistence of cameras. Called inside a transaction; thread-safe. */
public interface CameraStore {
    void insert(Camera camera);

    /** Replaces the mutable state (enabled) of an existing camera. */
    void update(Camera camera);

    Optional<Camera> find(CameraId id);

    /** Every camera, by name. */
    List<Camera> list();

    /** Sets the SHA-256 (lowercase hex) of the camera's own upload token, replacing any earlier one. */
    void setTokenSha256(CameraId id, String tokenSha256);

    /** The SHA-256 of the camera's upload token; empty for an unknown camera or one without a token. */
    Optional<String> tokenSha256(CameraId id);
}
