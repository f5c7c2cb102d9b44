package org.amparo.server.map;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Transactions;
import org.amparo.server.security.CurrentActor;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The live map's stream: one server-sent event stream per open map, carrying only the layers its user may see
 * ({@link MapLayer#allowed}). Opening it is audited once (the units' positions are agency staff's personal data),
 * not every delta.
 */
@RestController
public class MapStreamController {
    /** A stream lasts this long; the page reconnects and resyncs by itself. */
    static final Duration TIMEOUT = Duration.ofMinutes(30);

    /** Most open maps; a control room has dozens of screens, not thousands. */
    static final int MAX_CLIENTS = 500;

    private final MapFeed feed;
    private final AuditLog audit;
    private final Transactions tx;
    private final Clock clock;
    private final Ids ids;

    public MapStreamController(MapFeed feed, AuditLog audit, Transactions tx, Clock clock, Ids ids) {
        this.ids = ids;
        this.feed = feed;
        this.audit = audit;
        this.tx = tx;
        this.clock = clock;
    }

    @GetMapping(path = "/map/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(Authentication auth) {
        if (feed.clients() >= MAX_CLIENTS) {
            throw new ResponseStatusException(HttpStatus.SERVICE_UNAVAILABLE, "too many open maps");
        }
        Actor actor = CurrentActor.of(auth);
        Set<MapLayer> layers = MapLayer.allowed(actor.roles());
        String id = ids.next().toString();
        tx.inTransaction(() -> {
            audit.append(AuditRecord.by(actor, clock.instant())
                    .detail("live map opened stream=" + id + " layers=" + layers)
                    .success(AuditAction.READ, AuditObjectType.DEVICE, "-"));
            return id;
        });
        SseEmitter emitter = new SseEmitter(TIMEOUT.toMillis());
        emitter.onCompletion(() -> feed.close(id));
        emitter.onTimeout(() -> feed.close(id));
        emitter.onError(e -> feed.close(id));
        feed.open(id, actor, layers, new MapSink() {
            @Override
            public void send(String event, String json) throws IOException {
                emitter.send(SseEmitter.event().name(event).data(json, MediaType.APPLICATION_JSON));
            }

            @Override
            public void close() {
                try {
                    emitter.complete();
                } catch (IllegalStateException e) {
                    // already completed
                }
            }
        });
        return emitter;
    }
}
