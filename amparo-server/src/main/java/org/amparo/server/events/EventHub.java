package org.amparo.server.events;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.amparo.core.legal.AuthorizationEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Fans live events out to the pages over server-sent events. Events carry kinds and identifiers
 * only, never names or positions: a page that needs details fetches them through the audited API.
 * Thread-safe; a slow or gone client is dropped, never waited for.
 */
@Component
public class EventHub {
    private static final Logger LOG = LoggerFactory.getLogger(EventHub.class);
    private static final Duration TIMEOUT = Duration.ofMinutes(30);
    /** Most concurrent streams; a control room has dozens of screens, not thousands. */
    public static final int MAX_CLIENTS = 500;

    private final CopyOnWriteArrayList<SseEmitter> emitters = new CopyOnWriteArrayList<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();

    /** Told of every published event in the publisher's thread; must return at once (record, never wait). */
    @FunctionalInterface
    public interface Listener {
        void on(String name, Map<String, Object> data);
    }

    /** Adds a listener of every event published from now on (the live map coalesces them). */
    public void listen(Listener listener) {
        listeners.add(listener);
    }

    /** A new stream for one page; refused (null) beyond {@link #MAX_CLIENTS}. */
    public SseEmitter subscribe() {
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        if (emitters.size() >= MAX_CLIENTS) {
            emitter.completeWithError(new IllegalStateException("too many event streams"));
            return emitter;
        }
        emitters.add(emitter);
        emitter.onCompletion(() -> emitters.remove(emitter));
        emitter.onTimeout(() -> emitters.remove(emitter));
        emitter.onError(e -> emitters.remove(emitter));
        send(emitter, "hello", Map.of("clients", emitters.size()));
        return emitter;
    }

    public void authorizationEvent(AuthorizationEvent event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", event.getClass().getSimpleName().toUpperCase(java.util.Locale.ROOT));
        data.put("authorizationId", event.authorizationId().toString());
        data.put("at", event.at().toString());
        publish("authorization", data);
    }

    /** Sends one event to every open stream. */
    public void publish(String name, Map<String, Object> data) {
        for (Listener listener : listeners) {
            try {
                listener.on(name, data);
            } catch (RuntimeException e) {
                LOG.warn("an event listener failed on {}; the streams still get it", name, e);
            }
        }
        for (SseEmitter emitter : emitters) {
            send(emitter, name, data);
        }
    }

    /** Completes every open stream; clients reconnect to the next instance by themselves. */
    public void closeAll() {
        for (SseEmitter emitter : emitters) {
            try {
                emitter.complete();
            } catch (IllegalStateException e) {
                LOG.debug("event stream already closed: {}", e.getMessage());
            }
        }
        emitters.clear();
    }

    public int clients() {
        return emitters.size();
    }

    /** Events that could not be delivered because the client had gone. */
    public long dropped() {
        return dropped.get();
    }

    private void send(SseEmitter emitter, String name, Map<String, Object> data) {
        try {
            emitter.send(SseEmitter.event()
                    .id(Long.toString(sequence.incrementAndGet()))
                    .name(name)
                    .data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            dropped.incrementAndGet();
            emitters.remove(emitter);
            LOG.debug("event stream closed: {}", e.getMessage());
        }
    }
}
