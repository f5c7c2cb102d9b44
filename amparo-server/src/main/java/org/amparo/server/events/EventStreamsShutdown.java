package org.amparo.server.events;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Closes every open event stream when the application stops, before the web server's graceful
 * shutdown waits for open requests: otherwise each open page would hold a restart for the whole
 * shutdown timeout.
 */
@Component
public class EventStreamsShutdown implements SmartLifecycle {
    private final EventHub hub;
    private volatile boolean running;

    public EventStreamsShutdown(EventHub hub) {
        this.hub = hub;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        hub.closeAll();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the web server's graceful shutdown (which runs at a lower phase). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
