package org.amparo.server.map;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link MapFeed#flush} on its own named thread every {@code amparo.map.flush-interval}, and closes the map
 * streams when the application stops, before the web server's graceful shutdown waits for open requests.
 */
public final class MapFlusher implements SmartLifecycle {
    private static final Logger LOG = LoggerFactory.getLogger(MapFlusher.class);

    private final MapFeed feed;
    private final Duration interval;
    private @Nullable ScheduledExecutorService executor; // guarded by this

    public MapFlusher(MapFeed feed, Duration interval) {
        this.feed = feed;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(
                r -> Thread.ofPlatform().daemon().name("amparo-map-flush").unstarted(r));
        started.scheduleWithFixedDelay(this::flush, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        executor = started;
    }

    private void flush() {
        try {
            feed.flush();
        } catch (RuntimeException e) {
            LOG.error("map flush failed; the next one sends what is still pending", e);
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
        feed.closeAll();
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    /** Stops before the web server's graceful shutdown (which runs at a lower phase). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
