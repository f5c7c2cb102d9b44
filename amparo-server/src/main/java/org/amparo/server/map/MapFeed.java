package org.amparo.server.map;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.amparo.core.access.Actor;
import org.amparo.core.device.DeviceId;
import org.amparo.core.dispatch.UnitStatus;
import org.amparo.core.geo.GeoPoint;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.amparo.core.location.KeptFixListener;
import org.amparo.core.location.StoredFix;
import org.amparo.core.monitoring.MonitoringOrderId;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live map's feed. The ingest thread only records the latest kept fix per unit device in a concurrent map
 * ({@link #kept}); dispatch, alert and face-match events only mark what changed ({@link #onEvent}). A flusher calls
 * {@link #flush} every {@code amparo.map.flush-interval}: each client then gets at most ONE {@code units} event
 * with every unit changed since the last flush, as {@code [unitId, lon, lat, status, ingestEpochMs, incidentId]}
 * ({@code ingestEpochMs}: when the fix was received, null for a status change alone), one {@code changed} event
 * naming the other layers to reload, and the positions of the subject it watches. Each client has a bounded
 * buffer drained by {@code sender}; a slow client gets a {@code resync}, never back-pressure on the feed.
 *
 * <p>Thread-safe: {@link #kept} and {@link #onEvent} from any thread; {@link #flush} from one thread at a time.
 */
public final class MapFeed implements KeptFixListener {
    private static final Logger LOG = LoggerFactory.getLogger(MapFeed.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** What the feed reads and writes elsewhere; called from the flusher and the stream threads. */
    public interface Ports {
        /** Every unit now (a system read for the device index; the live view's opening is audited). */
        List<UnitRow> units();

        /** The health state of every pulled camera, by camera id; compared between flushes. */
        Map<String, String> cameraStates();

        /** Audits a watch's end with the positions it sent. */
        void watchEnded(MapWatch watch, MapWatch.End reason);
    }

    /**
     * A unit as the feed indexes it.
     *
     * @param position its last position, or null
     */
    public record UnitRow(
            String id,
            @Nullable DeviceId device,
            UnitStatus status,
            @Nullable String incident,
            @Nullable GeoPoint position) {}

    /** One unit's state as the clients last got it; flusher thread only. */
    private static final class UnitState {
        final String id;
        UnitStatus status;

        @Nullable
        String incident;

        @Nullable
        GeoPoint position;

        UnitState(String id, UnitStatus status) {
            this.id = id;
            this.status = status;
        }
    }

    private record StatusChange(UnitStatus status, @Nullable String incident) {}

    private final Ports ports;
    private final Clock clock;
    private final Executor sender;
    private final int clientBuffer;
    private final Duration watchDuration;

    private final ConcurrentHashMap<DeviceId, StoredFix> unitFixes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<SubjectId, StoredFix> subjectFixes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, StatusChange> statusChanges = new ConcurrentHashMap<>();
    private final Set<MapLayer> changedLayers = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, MapClient> clients = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, MapWatch> watches = new ConcurrentHashMap<>();
    private final Set<SubjectId> watchedSubjects = ConcurrentHashMap.newKeySet();

    // flusher thread only
    private final Map<String, UnitState> units = new HashMap<>();
    private final Map<DeviceId, UnitState> byDevice = new HashMap<>();
    private final Set<DeviceId> notUnits = new HashSet<>();
    private boolean indexed;
    private Map<String, String> cameraStates = Map.of();

    /**
     * @param sender runs each client's drain; a slow client blocks only its own drain
     * @param clientBuffer events a client may have waiting before its backlog becomes one resync
     * @param watchDuration how long a watch lasts
     */
    public MapFeed(Ports ports, Clock clock, Executor sender, int clientBuffer, Duration watchDuration) {
        if (clientBuffer < 2) {
            throw new IllegalArgumentException("a client buffer holds at least 2 events: " + clientBuffer);
        }
        this.ports = ports;
        this.clock = clock;
        this.sender = sender;
        this.clientBuffer = clientBuffer;
        this.watchDuration = watchDuration;
    }

    /** Records the latest fix per unit device (and per watched subject); never waits. */
    @Override
    public void kept(List<StoredFix> fixes) {
        for (StoredFix fix : fixes) {
            SubjectId subject = fix.subject();
            if (subject == null) {
                unitFixes.merge(fix.device(), fix, MapFeed::newer);
            } else if (watchedSubjects.contains(subject)) {
                subjectFixes.merge(subject, fix, MapFeed::newer);
            }
        }
    }

    private static StoredFix newer(StoredFix had, StoredFix arrived) {
        return arrived.at().isBefore(had.at()) ? had : arrived;
    }

    /** Marks what a live event changed ({@code unit}, {@code incident}, {@code alert}, {@code face-match}). */
    public void onEvent(String name, Map<String, Object> data) {
        switch (name) {
            case "unit" -> {
                Object unitId = data.get("unitId");
                Object status = data.get("status");
                if (unitId != null && status != null) {
                    Object incident = data.get("incidentId");
                    statusChanges.put(
                            unitId.toString(),
                            new StatusChange(
                                    UnitStatus.valueOf(status.toString()),
                                    incident == null ? null : incident.toString()));
                }
            }
            case "incident" -> {
                changedLayers.add(MapLayer.INCIDENTS);
                changedLayers.add(MapLayer.CHOROPLETH);
            }
            case "alert", "face-match" -> changedLayers.add(MapLayer.ALERTS);
            default -> {
                // other events do not show on the map
            }
        }
    }

    /** Opens a client; its first event is {@code hello} with its id and layers (as is every {@code resync}). */
    public MapClient open(String id, Actor actor, Set<MapLayer> layers, MapSink sink) {
        Map<String, Object> hello = new LinkedHashMap<>();
        hello.put("clientId", id);
        hello.put("layers", layers.stream().map(MapLayer::wireName).toList());
        String json = JSON.writeValueAsString(hello);
        MapClient client = new MapClient(id, actor, layers, sink, clientBuffer, new MapFrame("resync", json));
        clients.put(id, client);
        send(client, new MapFrame("hello", json));
        return client;
    }

    /** Closes a client (stream completed, timed out or failed) and ends its watches. */
    public void close(String clientId) {
        MapClient client = clients.remove(clientId);
        if (client != null) {
            for (MapWatch watch : List.copyOf(watches.values())) {
                if (watch.clientId().equals(clientId)) {
                    end(watch.id(), MapWatch.End.CLOSED);
                }
            }
        }
    }

    /** Ends every watch and closes every stream (shutdown); the pages reconnect to the next instance. */
    public void closeAll() {
        for (MapClient client : List.copyOf(clients.values())) {
            close(client.id());
            client.sink().close();
        }
    }

    public @Nullable MapClient client(String clientId) {
        return clients.get(clientId);
    }

    public int clients() {
        return clients.size();
    }

    /** Resyncs sent to all clients so far. */
    public long resyncs() {
        return clients.values().stream().mapToLong(MapClient::resyncs).sum();
    }

    /**
     * Starts a watch bound to {@code watch.clientId()}, ending any other watch of that client first. The caller
     * has checked the client is the actor's own and audited the start with its justification.
     */
    public MapWatch watch(MapWatch watch) {
        for (MapWatch other : List.copyOf(watches.values())) {
            if (other.clientId().equals(watch.clientId())) {
                end(other.id(), MapWatch.End.REPLACED);
            }
        }
        watches.put(watch.id(), watch);
        watchedSubjects.add(watch.subject());
        return watch;
    }

    /** Ends, at once, every watch under an authorization that was rejected, revoked or expired. */
    public void authorizationEnded(AuthorizationId authorization) {
        for (MapWatch watch : List.copyOf(watches.values())) {
            if (watch.authorization().equals(authorization)) {
                end(watch.id(), MapWatch.End.AUTHORIZATION_ENDED);
            }
        }
    }

    /** Ends, at once, every watch of a monitoring order that ended. */
    public void orderEnded(MonitoringOrderId order) {
        for (MapWatch watch : List.copyOf(watches.values())) {
            if (watch.order().equals(order)) {
                end(watch.id(), MapWatch.End.ORDER_ENDED);
            }
        }
    }

    /** A watch's expiry for one started now. */
    public Instant watchExpiry(Instant start) {
        return start.plus(watchDuration);
    }

    public @Nullable MapWatch findWatch(String watchId) {
        return watches.get(watchId);
    }

    /** Ends a watch: audited with its count, and its client told; false when it was no longer running. */
    public boolean end(String watchId, MapWatch.End reason) {
        MapWatch watch = watches.remove(watchId);
        if (watch == null) {
            return false;
        }
        if (watches.values().stream().noneMatch(w -> w.subject().equals(watch.subject()))) {
            watchedSubjects.remove(watch.subject());
            subjectFixes.remove(watch.subject());
        }
        ports.watchEnded(watch, reason);
        MapClient client = clients.get(watch.clientId());
        if (client != null) {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("watchId", watch.id());
            data.put("reason", reason.name());
            data.put("positions", watch.positions().get());
            send(client, new MapFrame("watch-end", JSON.writeValueAsString(data)));
        }
        return true;
    }

    /** Sends what changed since the last flush; from the flusher thread. */
    public void flush() {
        List<Object[]> moved = drainUnits();
        if (!moved.isEmpty()) {
            Map<String, Object> data = Map.of("u", moved);
            broadcast(MapLayer.UNITS, new MapFrame("units", JSON.writeValueAsString(data)));
        }
        Map<String, String> cameras = ports.cameraStates();
        if (!cameras.equals(cameraStates)) {
            cameraStates = Map.copyOf(cameras);
            changedLayers.add(MapLayer.CAMERAS);
        }
        Set<MapLayer> changed = EnumSet.noneOf(MapLayer.class);
        for (MapLayer layer : MapLayer.values()) {
            if (changedLayers.remove(layer)) {
                changed.add(layer);
            }
        }
        if (!changed.isEmpty()) {
            for (MapClient client : clients.values()) {
                List<String> seen = changed.stream()
                        .filter(client::sees)
                        .map(MapLayer::wireName)
                        .toList();
                if (!seen.isEmpty()) {
                    send(client, new MapFrame("changed", JSON.writeValueAsString(Map.of("layers", seen))));
                }
            }
        }
        flushWatches(clock.instant());
    }

    private List<Object[]> drainUnits() {
        boolean refreshed = false;
        if (!indexed) {
            reindex();
            refreshed = true;
        }
        Map<String, @Nullable Long> touched = new LinkedHashMap<>();
        for (DeviceId device : List.copyOf(unitFixes.keySet())) {
            StoredFix fix = unitFixes.remove(device);
            if (fix == null || notUnits.contains(device)) {
                continue;
            }
            UnitState unit = byDevice.get(device);
            if (unit == null && !refreshed) {
                reindex(); // a unit created since the last index: read again, at most once per flush
                refreshed = true;
                unit = byDevice.get(device);
            }
            if (unit == null) {
                notUnits.add(device);
                continue;
            }
            unit.position = fix.position();
            touched.put(unit.id, fix.receivedAt().toEpochMilli());
        }
        for (String id : List.copyOf(statusChanges.keySet())) {
            StatusChange change = statusChanges.remove(id);
            UnitState unit = units.get(id);
            if (unit == null && change != null && !refreshed) {
                reindex();
                refreshed = true;
                unit = units.get(id);
            }
            if (unit != null && change != null) {
                unit.status = change.status();
                unit.incident = change.incident();
                touched.putIfAbsent(id, null);
            }
        }
        List<Object[]> rows = new ArrayList<>();
        touched.forEach((id, ingest) -> {
            UnitState unit = units.get(id);
            GeoPoint at = unit == null ? null : unit.position;
            if (unit != null && at != null) {
                rows.add(new Object[] {id, at.longitude(), at.latitude(), unit.status.name(), ingest, unit.incident});
            }
        });
        return rows;
    }

    private void reindex() {
        for (UnitRow row : ports.units()) {
            UnitState unit = units.computeIfAbsent(row.id(), id -> new UnitState(id, row.status()));
            unit.status = row.status();
            unit.incident = row.incident();
            if (unit.position == null) {
                unit.position = row.position();
            }
            DeviceId device = row.device();
            if (device != null) {
                byDevice.put(device, unit);
            }
        }
        indexed = true;
        notUnits.clear();
    }

    private void flushWatches(Instant now) {
        Map<SubjectId, StoredFix> fresh = new HashMap<>();
        for (SubjectId subject : List.copyOf(subjectFixes.keySet())) {
            StoredFix fix = subjectFixes.remove(subject);
            if (fix != null) {
                fresh.put(subject, fix);
            }
        }
        for (MapWatch watch : List.copyOf(watches.values())) {
            if (!now.isBefore(watch.expiresAt())) {
                end(watch.id(), MapWatch.End.EXPIRED);
                continue;
            }
            StoredFix fix = fresh.get(watch.subject());
            MapClient client = clients.get(watch.clientId());
            // only the order's own device: never another device bound to the subject, never a protected person's
            if (fix == null || client == null || !fix.device().equals(watch.device())) {
                continue;
            }
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("watchId", watch.id());
            data.put("lon", fix.position().longitude());
            data.put("lat", fix.position().latitude());
            data.put("at", fix.at().toString());
            data.put("ingestEpochMs", fix.receivedAt().toEpochMilli());
            watch.positions().incrementAndGet();
            send(client, new MapFrame("watch", JSON.writeValueAsString(data)));
        }
    }

    private void broadcast(MapLayer layer, MapFrame frame) {
        for (MapClient client : clients.values()) {
            if (client.sees(layer)) {
                send(client, frame);
            }
        }
    }

    private void send(MapClient client, MapFrame frame) {
        if (client.offer(frame)) {
            sender.execute(() -> drain(client));
        }
    }

    private void drain(MapClient client) {
        MapFrame frame;
        while ((frame = client.next()) != null) {
            try {
                client.sink().send(frame.event(), frame.json());
            } catch (java.io.IOException | RuntimeException e) {
                LOG.debug("map stream {} closed: {}", client.id(), e.getMessage());
                close(client.id());
                client.sink().close();
                return;
            }
        }
    }
}
