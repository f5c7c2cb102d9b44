package org.amparo.core.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amparo.core.legal.AuthorizationEvent;
import org.amparo.core.legal.AuthorizationEventListener;

/** Keeps every lifecycle event it receives, in order. Thread-safe. */
public final class RecordingListener implements AuthorizationEventListener {
    private final List<AuthorizationEvent> events = new CopyOnWriteArrayList<>();

    @Override
    public void on(AuthorizationEvent event) {
        events.add(event);
    }

    public List<AuthorizationEvent> events() {
        return List.copyOf(events);
    }

    /** The received events of one type, in order. */
    public <E extends AuthorizationEvent> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
