package org.amparo.server.events;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live channel: server-sent events of alert and authorization changes (identifiers, types and
 * statuses only). The pages use it with their session, integrations on the API path with a token.
 */
@RestController
public class EventController {
    private final EventHub hub;

    public EventController(EventHub hub) {
        this.hub = hub;
    }

    @GetMapping(
            path = {"/events/stream", "/api/v1/events/stream"},
            produces = "text/event-stream")
    SseEmitter stream() {
        return hub.subscribe();
    }
}
