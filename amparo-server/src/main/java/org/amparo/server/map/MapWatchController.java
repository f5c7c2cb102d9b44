package org.amparo.server.map;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.amparo.core.access.Actor;
import org.amparo.core.audit.AuditAction;
import org.amparo.core.audit.AuditLog;
import org.amparo.core.audit.AuditObjectType;
import org.amparo.core.audit.AuditRecord;
import org.amparo.core.engine.Ids;
import org.amparo.core.engine.Outcome;
import org.amparo.core.engine.Transactions;
import org.amparo.core.legal.SubjectService;
import org.amparo.core.location.StoredFix;
import org.amparo.core.monitoring.MonitoringOrderDefinition;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.amparo.core.monitoring.MonitoringService;
import org.amparo.core.monitoring.ZoneDefinition;
import org.amparo.core.monitoring.ZoneShape;
import org.amparo.server.api.GeoJsonAreas;
import org.amparo.server.api.Outcomes;
import org.amparo.server.api.RefusedException;
import org.amparo.server.api.SubjectTracks;
import org.amparo.server.security.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Watches of one monitored subject on the live map, one order at a time: the user names an active order and
 * justifies the read; the order's zones and the subject's last position come through the audited track read (with
 * the justification), the start is audited, and the subject's device then follows live on that map's stream until
 * the watch ends, expires (30 minutes) or the map closes; the end is audited with the positions sent. Only the
 * order's own device is followed: never a protected person's.
 */
@RestController
public class MapWatchController {
    /** How far back the last position is looked for. */
    static final Duration LAST_POSITION_WINDOW = Duration.ofHours(24);

    /** How far past now a fix may be dated, for device clocks slightly ahead. */
    static final Duration CLOCK_AHEAD = Duration.ofMinutes(5);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final MapFeed feed;
    private final MonitoringService monitoring;
    private final SubjectTracks tracks;
    private final Transactions tx;
    private final AuditLog audit;
    private final Clock clock;
    private final Ids ids;

    /** The services a watch reads through. */
    public record Reads(MonitoringService monitoring, SubjectTracks tracks, Ids ids) {}

    public MapWatchController(MapFeed feed, Reads reads, Transactions tx, AuditLog audit, Clock clock) {
        this.feed = feed;
        this.monitoring = reads.monitoring();
        this.tracks = reads.tracks();
        this.ids = reads.ids();
        this.tx = tx;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Starts a watch on the caller's own map stream {@code clientId}: answers {@code {watchId, orderId, expiresAt,
     * zones (GeoJSON), last: {lon, lat, at} | null}}; 422 without a justification of 10 characters or more.
     */
    @PostMapping("/map/watch")
    ObjectNode start(
            @RequestParam("clientId") String clientId,
            @RequestParam("orderId") String orderId,
            @RequestParam(name = "justification", required = false) @Nullable String justification,
            Authentication auth) {
        Actor actor = CurrentActor.of(auth);
        MapClient client = feed.client(clientId);
        if (client == null || !client.actor().username().equals(actor.username())) {
            throw new RefusedException(
                    HttpStatus.CONFLICT, "no-map-stream", "no open map of yours: " + clientId, List.of());
        }
        String why = justification == null ? "" : justification.strip();
        if (why.length() < SubjectService.MIN_JUSTIFICATION) {
            throw RefusedException.invalid(
                    "justification", "at least " + SubjectService.MIN_JUSTIFICATION + " characters: why this person");
        }
        MonitoringOrderDefinition order = Outcomes.value(monitoring.order(actor, parse(orderId)));
        if (order.endedAt() != null) {
            throw new RefusedException(HttpStatus.CONFLICT, "order-ended", "the order has ended", List.of());
        }
        Instant now = clock.instant();
        List<StoredFix> track =
                tracks.read(actor, order.subjectId(), now.minus(LAST_POSITION_WINDOW), now.plus(CLOCK_AHEAD), why);
        List<ZoneDefinition> zones = order.zoneIds().stream()
                .map(id -> monitoring.zone(actor, id))
                .flatMap(o ->
                        o instanceof Outcome.Done<ZoneDefinition>(ZoneDefinition z) ? Stream.of(z) : Stream.empty())
                .toList();
        MapWatch watch = new MapWatch(
                ids.next().toString(),
                clientId,
                actor,
                order.id(),
                order.subjectId(),
                order.deviceId(),
                order.authorizationId(),
                why,
                now,
                feed.watchExpiry(now),
                new AtomicInteger());
        tx.inTransaction(() -> {
            audit.append(AuditRecord.by(actor, now)
                    .authorization(order.authorizationId())
                    .justification(why)
                    .detail("live map watch start order=" + order.id() + " until=" + watch.expiresAt())
                    .success(AuditAction.READ, AuditObjectType.LOCATION_TRACK, order.subjectId()));
            return watch;
        });
        feed.watch(watch);
        ObjectNode out = JSON.createObjectNode()
                .put("watchId", watch.id())
                .put("orderId", order.id().toString())
                .put("expiresAt", watch.expiresAt().toString());
        out.set("zones", zonesJson(zones));
        StoredFix last = track.stream()
                .filter(f -> f.device().equals(order.deviceId()))
                .reduce((a, b) -> b)
                .orElse(null);
        if (last == null) {
            out.putNull("last");
        } else {
            out.putObject("last")
                    .put("lon", last.position().longitude())
                    .put("lat", last.position().latitude())
                    .put("at", last.at().toString());
        }
        return out;
    }

    /** Ends one of the caller's watches; audited with the positions it sent. */
    @PostMapping("/map/watch/{id}/end")
    ObjectNode end(@PathVariable String id, Authentication auth) {
        Actor actor = CurrentActor.of(auth);
        MapWatch watch = feed.findWatch(id);
        if (watch == null || !watch.actor().username().equals(actor.username())) {
            throw new RefusedException(HttpStatus.NOT_FOUND, "no-watch", "no running watch of yours: " + id, List.of());
        }
        feed.end(id, MapWatch.End.ENDED);
        return JSON.createObjectNode()
                .put("watchId", id)
                .put("positions", watch.positions().get());
    }

    private static MonitoringOrderId parse(String id) {
        try {
            return MonitoringOrderId.parse(id);
        } catch (IllegalArgumentException e) {
            throw RefusedException.invalid("orderId", "a monitoring order id");
        }
    }

    /** The zones as a GeoJSON FeatureCollection; a circle is a Point with {@code radiusMeters}. */
    static ObjectNode zonesJson(List<ZoneDefinition> zones) {
        ObjectNode collection = JSON.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        for (ZoneDefinition zone : zones) {
            ObjectNode feature = features.addObject().put("type", "Feature");
            ObjectNode properties = feature.putObject("properties")
                    .put("id", zone.id().toString())
                    .put("name", zone.name());
            switch (zone.shape()) {
                case ZoneShape.Circle c -> {
                    properties.put("radiusMeters", c.radiusMeters());
                    feature.putObject("geometry")
                            .put("type", "Point")
                            .putArray("coordinates")
                            .add(c.centre().longitude())
                            .add(c.centre().latitude());
                }
                case ZoneShape.Area a -> feature.set("geometry", GeoJsonAreas.write(a.area()));
            }
        }
        return collection;
    }
}
