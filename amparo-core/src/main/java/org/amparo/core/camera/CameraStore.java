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
}
