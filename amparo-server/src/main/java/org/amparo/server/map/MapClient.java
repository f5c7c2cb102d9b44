package org.amparo.server.map;

import java.util.ArrayDeque;
import java.util.Set;
import org.amparo.core.access.Actor;
import org.jspecify.annotations.Nullable;

/**
 * One open live map: who it is for, the layers they may see, and a bounded buffer of events on their way.
 * A client that falls behind by more than the buffer gets its backlog replaced by one {@code resync}
 * (it then reloads its layers) instead of holding back the feed. Thread-safe.
 */
final class MapClient {
    private final String id;
    private final Actor actor;
    private final Set<MapLayer> layers;
    private final MapSink sink;
    private final int capacity;
    private final MapFrame resync;
    private final ArrayDeque<MapFrame> queue = new ArrayDeque<>(); // guarded by this
    private boolean draining; // guarded by this
    private long resyncs; // guarded by this

    /**
     * @param resync the event that tells this client to reload its layers; it names the client again, since the
     *     backlog it replaces may have held the {@code hello}
     */
    MapClient(String id, Actor actor, Set<MapLayer> layers, MapSink sink, int capacity, MapFrame resync) {
        this.resync = resync;
        this.id = id;
        this.actor = actor;
        this.layers = Set.copyOf(layers);
        this.sink = sink;
        this.capacity = capacity;
    }

    String id() {
        return id;
    }

    Actor actor() {
        return actor;
    }

    boolean sees(MapLayer layer) {
        return layers.contains(layer);
    }

    Set<MapLayer> layers() {
        return layers;
    }

    MapSink sink() {
        return sink;
    }

    /**
     * Queues a frame; a full buffer is dropped for one {@code resync}. Answers whether the caller must start
     * a drain (none was running).
     */
    synchronized boolean offer(MapFrame frame) {
        if (queue.size() >= capacity) {
            queue.clear();
            queue.add(resync);
            resyncs++;
        } else {
            queue.add(frame);
        }
        if (draining) {
            return false;
        }
        draining = true;
        return true;
    }

    /** The next frame to send, or null: the drain then stops until the next {@link #offer}. */
    synchronized @Nullable MapFrame next() {
        MapFrame frame = queue.poll();
        if (frame == null) {
            draining = false;
        }
        return frame;
    }

    /** Times its backlog was replaced by a resync. */
    synchronized long resyncs() {
        return resyncs;
    }

    /** Frames waiting. */
    synchronized int waiting() {
        return queue.size();
    }
}
