package org.amparo.server.config;

import java.time.Duration;
import java.util.List;

/**
 * The configuration keys of the operators' unified queue ({@code /alerts}); listed by {@link AmparoConfig#all()}.
 * Geofence alerts take their deadline from {@link AmparoConfig#ALERT_ACK_TIMEOUT}, the escalation the alert service
 * applies; face matches and incidents have no escalation of their own, so the queue asks for attention after these.
 */
public final class QueueConfig {
    private QueueConfig() {}

    public static final ConfigKey<Duration> FACE_MATCH_ATTENTION_AFTER = new ConfigKey<>(
            "amparo.queue.face-match-attention-after",
            "ISO-8601 duration PT10S..P1D",
            "PT5M",
            "A face match still awaiting its two confirmations this long after it was raised is shown red in the "
                    + "alert queue (amber in the last quarter before).",
            false,
            s -> bounded(s, Duration.ofSeconds(10), Duration.ofDays(1)));

    public static final ConfigKey<Duration> INCIDENT_ATTENTION_AFTER = new ConfigKey<>(
            "amparo.queue.incident-attention-after",
            "ISO-8601 duration PT10S..P1D",
            "PT3M",
            "An open incident still without a unit this long after it was opened is shown red in the alert queue "
                    + "of dispatchers' supervisors (amber in the last quarter before).",
            false,
            s -> bounded(s, Duration.ofSeconds(10), Duration.ofDays(1)));

    /** The keys of this area, in documentation order. */
    static List<ConfigKey<?>> all() {
        return List.of(FACE_MATCH_ATTENTION_AFTER, INCIDENT_ATTENTION_AFTER);
    }

    private static Duration bounded(String s, Duration min, Duration max) {
        Duration d = Duration.parse(s);
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException("must be within " + min + ".." + max);
        }
        return d;
    }
}
