package org.amparo.server.face;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.amparo.core.access.Actor;
import org.amparo.core.camera.Camera;
import org.amparo.core.camera.CameraId;
import org.amparo.core.camera.CameraService;
import org.amparo.core.engine.Outcome;
import org.amparo.core.face.FaceMatchingService;
import org.amparo.core.face.FrameReport;
import org.amparo.core.face.MatchingSession;
import org.jspecify.annotations.Nullable;

/**
 * The open matching sessions, one per camera and uploader: opened (and audited) on the first frame,
 * closed (and audited with its totals) after {@code idle} without frames, when the camera is switched
 * off, and at shutdown. Frames of one session are matched one at a time, since a session is not
 * thread-safe; different cameras run in parallel. Thread-safe.
 */
public final class CameraSessions implements AutoCloseable {
    private record Key(CameraId camera, String username) {}

    /** One session's place; {@code retired} once swept out of the map, so late users take a new one. */
    private static final class Slot {
        @Nullable
        MatchingSession session;

        Instant lastUsed = Instant.EPOCH;
        boolean retired;
    }

    private final Map<Key, Slot> slots = new ConcurrentHashMap<>();
    private final FaceMatchingService matching;
    private final CameraService cameras;
    private final FaceEngine engine;
    private final Clock clock;
    private final Duration idle;

    public CameraSessions(
            FaceMatchingService matching, CameraService cameras, FaceEngine engine, Clock clock, Duration idle) {
        this.matching = matching;
        this.cameras = cameras;
        this.engine = engine;
        this.clock = clock;
        this.idle = idle;
    }

    /**
     * Matches one encoded frame of {@code camera} captured now: the report, not found for an unknown
     * camera, a conflict for a disabled one, invalid for bytes that are no readable image.
     */
    public Outcome<FrameReport> frame(Actor actor, CameraId camera, byte[] encodedFrame) {
        Key key = new Key(camera, actor.username());
        while (true) {
            Slot slot = slots.computeIfAbsent(key, k -> new Slot());
            synchronized (slot) {
                if (slot.retired) {
                    continue;
                }
                return frameIn(slot, actor, camera, encodedFrame);
            }
        }
    }

    private Outcome<FrameReport> frameIn(Slot slot, Actor actor, CameraId camera, byte[] encodedFrame) {
        Optional<Camera> current = cameras.find(camera);
        if (current.isEmpty() || !current.get().enabled()) {
            closeIn(slot);
        }
        MatchingSession session = slot.session;
        if (session == null) {
            Outcome<MatchingSession> opened = matching.open(actor, camera);
            if (!(opened instanceof Outcome.Done<MatchingSession>(MatchingSession fresh))) {
                return refused(opened);
            }
            session = fresh;
            slot.session = fresh;
        }
        Instant capturedAt = clock.instant();
        slot.lastUsed = capturedAt;
        return engine.match(session, capturedAt, encodedFrame)
                .<Outcome<FrameReport>>map(Outcome.Done::new)
                .orElseGet(() -> Outcome.invalid("frame", "not a readable JPEG or PNG image"));
    }

    private static <T> Outcome<T> refused(Outcome<?> outcome) {
        return switch (outcome) {
            case Outcome.NotFound<?> n -> new Outcome.NotFound<>(n.what());
            case Outcome.Conflict<?> c -> new Outcome.Conflict<>(c.reason());
            case Outcome.Forbidden<?> f -> new Outcome.Forbidden<>(f.reason());
            case Outcome.Invalid<?> i -> new Outcome.Invalid<>(i.violations());
            case Outcome.Done<?> d -> throw new IllegalArgumentException("not a refusal");
        };
    }

    /** Closes the sessions idle for longer than the configured time; returns how many. */
    public int closeIdle() {
        Instant cutoff = clock.instant().minus(idle);
        int closed = 0;
        for (Map.Entry<Key, Slot> entry : slots.entrySet()) {
            Slot slot = entry.getValue();
            synchronized (slot) {
                if (slot.lastUsed.isBefore(cutoff)) {
                    closed += closeIn(slot) ? 1 : 0;
                    slot.retired = true;
                    slots.remove(entry.getKey(), slot);
                }
            }
        }
        return closed;
    }

    private static boolean closeIn(Slot slot) {
        MatchingSession session = slot.session;
        slot.session = null;
        if (session == null) {
            return false;
        }
        session.close();
        return true;
    }

    /** Closes every session: the end of each is audited. */
    @Override
    public void close() {
        for (Map.Entry<Key, Slot> entry : slots.entrySet()) {
            Slot slot = entry.getValue();
            synchronized (slot) {
                closeIn(slot);
                slot.retired = true;
                slots.remove(entry.getKey(), slot);
            }
        }
    }
}
