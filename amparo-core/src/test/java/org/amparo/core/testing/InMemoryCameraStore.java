package org.amparo.core.testing;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.core.camera.Camera;
import org.amparo.core.camera.CameraId;
import org.amparo.core.camera.CameraStore;

/** Cameras in a map. Thread-safe (every method is synchronized). */
public final class InMemoryCameraStore implements CameraStore {
    private final Map<CameraId, Camera> cameras = new LinkedHashMap<>();
    private final Map<CameraId, String> tokens = new LinkedHashMap<>();

    @Override
    public synchronized void insert(Camera camera) {
        if (cameras.putIfAbsent(camera.id(), camera) != null) {
            throw new IllegalStateException("duplicate camera " + camera.id());
        }
    }

    @Override
    public synchronized void update(Camera camera) {
        if (cameras.replace(camera.id(), camera) == null) {
            throw new IllegalStateException("no camera " + camera.id());
        }
    }

    @Override
    public synchronized Optional<Camera> find(CameraId id) {
        return Optional.ofNullable(cameras.get(id));
    }

    @Override
    public synchronized List<Camera> list() {
        return cameras.values().stream()
                .sorted(Comparator.comparing(Camera::name))
                .toList();
    }

    @Override
    public synchronized void setTokenSha256(CameraId id, String tokenSha256) {
        if (!cameras.containsKey(id)) {
            throw new IllegalStateException("no camera " + id);
        }
        tokens.put(id, tokenSha256);
    }

    @Override
    public synchronized Optional<String> tokenSha256(CameraId id) {
        return Optional.ofNullable(tokens.get(id));
    }
}
