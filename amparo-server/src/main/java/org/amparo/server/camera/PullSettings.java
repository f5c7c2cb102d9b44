package org.amparo.server.camera;

import java.time.Duration;

/**
 * How cameras with a source URL are pulled.
 *
 * @param enabled whether pulling runs at all
 * @param ffmpeg the ffmpeg executable (a name on the PATH or a path)
 * @param fps frames per second taken from each source
 * @param queueSize frames waiting per camera before the oldest is dropped
 * @param maxFrameBytes the largest frame accepted from ffmpeg
 * @param minBackoff first wait before ffmpeg is started again after an error; doubled up to {@code maxBackoff}
 * @param maxBackoff longest wait between restarts
 * @param ioTimeout how long ffmpeg waits on a silent source before it gives up (and is restarted)
 */
public record PullSettings(
        boolean enabled,
        String ffmpeg,
        double fps,
        int queueSize,
        int maxFrameBytes,
        Duration minBackoff,
        Duration maxBackoff,
        Duration ioTimeout) {
    public PullSettings {
        if (!(fps > 0) || queueSize < 1 || ffmpeg.isBlank() || minBackoff.compareTo(maxBackoff) > 0) {
            throw new IllegalArgumentException("invalid pull settings");
        }
    }
}
