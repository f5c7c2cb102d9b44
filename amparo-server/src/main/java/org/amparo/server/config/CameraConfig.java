package org.amparo.server.config;

import java.util.List;
import java.util.Locale;

/** The configuration keys of camera frame ingest; listed by {@link AmparoConfig#all()}. */
public final class CameraConfig {
    private CameraConfig() {}

    public static final ConfigKey<Boolean> PULL = new ConfigKey<>(
            "amparo.cameras.pull",
            "boolean",
            "true",
            "Pull frames from the source URL (http(s) snapshot, MJPEG over HTTP, rtsp) of every enabled camera "
                    + "through an `ffmpeg` subprocess. Off: frames arrive only as uploads.",
            false,
            CameraConfig::bool);

    public static final ConfigKey<String> FFMPEG = new ConfigKey<>(
            "amparo.cameras.ffmpeg",
            "path or command name",
            "ffmpeg",
            "The ffmpeg executable (Debian package `ffmpeg`), started directly, never through a shell.",
            false,
            s -> {
                if (s.isBlank()) {
                    throw new IllegalArgumentException("must not be blank");
                }
                return s;
            });

    public static final ConfigKey<Double> PULL_FPS = new ConfigKey<>(
            "amparo.cameras.pull-fps",
            "number 0.05..30",
            "1",
            "Frames per second taken from each pulled source (a snapshot URL is fetched this often).",
            false,
            CameraConfig::fps);

    public static final ConfigKey<Integer> QUEUE_SIZE = new ConfigKey<>(
            "amparo.cameras.queue-size",
            "integer 1..100",
            "4",
            "Pulled frames waiting per camera for the matcher; when full the oldest is dropped and counted "
                    + "(`framesDropped` in the camera list). Frames are held in memory only.",
            false,
            s -> {
                int value = Integer.parseInt(s.strip());
                if (value < 1 || value > 100) {
                    throw new IllegalArgumentException("must be within 1..100");
                }
                return value;
            });

    /** The keys of this area, in documentation order. */
    static List<ConfigKey<?>> all() {
        return List.of(PULL, FFMPEG, PULL_FPS, QUEUE_SIZE);
    }

    private static Boolean bool(String s) {
        return switch (s.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new IllegalArgumentException("must be true or false");
        };
    }

    private static Double fps(String s) {
        double value = Double.parseDouble(s.strip());
        if (!(value >= 0.05 && value <= 30)) {
            throw new IllegalArgumentException("must be within 0.05..30");
        }
        return value;
    }
}
