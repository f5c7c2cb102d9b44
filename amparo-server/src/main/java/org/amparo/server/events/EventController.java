package org.amparo.server.events;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** The pages' live channel. */
@RestController
public class EventController {
    private final EventHub hub;

    public EventController(EventHub hub) {
        this.hub = hub;
    }

    @GetMapping(path = "/events/stream", produces = "text/event-stream")
    SseEmitter stream() {
        return hub.subscribe();
    }
}
