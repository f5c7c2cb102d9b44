package org.amparo.server.camera;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A pulled camera's state, as the camera list shows it. Holds no credentials.
 *
 * @param state what the puller is doing
 * @param source the source URL without user information or query
 * @param framesIn whole frames read from ffmpeg
 * @param framesOut frames matched
 * @param framesDropped frames dropped because the matcher was behind (the oldest waiting one each time)
 * @param framesRefused frames the matcher refused (unreadable, or the camera became unusable)
 * @param matches matches the pulled frames produced
 * @param restarts times ffmpeg was started again after it ended with an error
 * @param lastFrameAt when the last whole frame was read, or null
 * @param lastError the last error, redacted, or null
 */
public record CameraHealth(
        State state,
        String source,
        long framesIn,
        long framesOut,
        long framesDropped,
        long framesRefused,
        long matches,
        long restarts,
        @Nullable Instant lastFrameAt,
        @Nullable String lastError) {

    /** What a puller is doing. */
    public enum State {
        /** ffmpeg runs (or a snapshot source waits for its next pull). */
        RUNNING,
        /** ffmpeg ended with an error; it is started again after a backoff. */
        RECONNECTING,
        /** Stopped: switched off, disabled, or the server is shutting down. */
        STOPPED
    }
}
