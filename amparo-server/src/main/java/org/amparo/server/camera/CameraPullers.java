package org.amparo.server.camera;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.amparo.core.camera.Camera;
import org.amparo.core.camera.CameraId;
import org.amparo.core.camera.CameraStore;
import org.amparo.core.engine.Transactions;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@link CameraPuller} per enabled camera with a source URL, kept in step with the registry at start,
 * after every registration ({@link #sync}) and on a schedule (cameras switched off or changed). Every ffmpeg
 * process is destroyed on {@link #close}. Thread-safe.
 */
public final class CameraPullers implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CameraPullers.class);

    private final Transactions tx;
    private final CameraStore cameras;
    private final FrameSink sink;
    private final Clock clock;
    private final PullSettings settings;
    private final Map<CameraId, CameraPuller> pullers = new ConcurrentHashMap<>();
    private @Nullable ScheduledExecutorService schedule; // guarded by this
    private boolean closed; // guarded by this

    public CameraPullers(Transactions tx, CameraStore cameras, FrameSink sink, Clock clock, PullSettings settings) {
        this.tx = tx;
        this.cameras = cameras;
        this.sink = sink;
        this.clock = clock;
        this.settings = settings;
    }

    /** Starts the pullers of the registry and re-syncs every {@code interval}. Does nothing when switched off. */
    public synchronized void start(Duration interval) {
        if (!settings.enabled()) {
            LOG.info("pulling camera sources is switched off (amparo.cameras.pull=false)");
            return;
        }
        if (closed || schedule != null) {
            return;
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("camera-pull-sync").unstarted(r));
        schedule = executor;
        executor.scheduleWithFixedDelay(this::syncQuietly, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void syncQuietly() {
        try {
            sync();
        } catch (RuntimeException e) {
            LOG.warn("syncing camera pullers with the registry failed", e);
        }
    }

    /** Starts pullers for enabled cameras with a source URL, stops the others. */
    public synchronized void sync() {
        if (!settings.enabled() || closed) {
            return;
        }
        List<Camera> all = tx.inTransaction(cameras::list);
        Map<CameraId, String> wanted = new HashMap<>();
        for (Camera camera : all) {
            if (camera.enabled() && camera.sourceUrl() != null) {
                wanted.put(camera.id(), camera.sourceUrl());
            }
        }
        for (Map.Entry<CameraId, CameraPuller> entry : Map.copyOf(pullers).entrySet()) {
            String url = wanted.get(entry.getKey());
            if (url == null || !url.equals(entry.getValue().url())) {
                pullers.remove(entry.getKey());
                entry.getValue().close();
            }
        }
        for (Map.Entry<CameraId, String> entry : wanted.entrySet()) {
            if (!pullers.containsKey(entry.getKey())) {
                CameraPuller puller = new CameraPuller(entry.getKey(), entry.getValue(), settings, sink, clock);
                pullers.put(entry.getKey(), puller);
                puller.start();
            }
        }
    }

    /** The health of a camera that is pulled now. */
    public Optional<CameraHealth> health(CameraId camera) {
        return Optional.ofNullable(pullers.get(camera)).map(CameraPuller::health);
    }

    /** The state of every camera pulled now, by camera id; for the live map's health layer. */
    public Map<CameraId, CameraHealth.State> states() {
        Map<CameraId, CameraHealth.State> out = new HashMap<>();
        pullers.forEach((id, puller) -> out.put(id, puller.health().state()));
        return out;
    }

    /** Stops every puller and destroys its ffmpeg process. */
    @Override
    public void close() {
        ScheduledExecutorService executor;
        synchronized (this) {
            closed = true;
            executor = schedule;
            schedule = null;
        }
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            pullers.values().parallelStream().forEach(CameraPuller::close);
            pullers.clear();
        }
    }
}
