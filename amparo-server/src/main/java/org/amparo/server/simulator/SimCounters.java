package org.amparo.server.simulator;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;

/** What the simulator sent and saw, since start. Thread-safe. */
final class SimCounters {
    /** The channels fixes go through. */
    enum Channel {
        REST_BATCH,
        OSMAND,
        OWNTRACKS_HTTP,
        OWNTRACKS_MQTT
    }

    /** Everything else counted. */
    enum Count {
        CALLS,
        AML_SMS,
        DISPATCHES,
        CLOSED_INCIDENTS,
        FRAMES,
        FRAMES_SKIPPED,
        FACE_MATCHES,
        ALERTS_SEEN,
        HTTP_ERRORS
    }

    private final AtomicLongArray fixes = new AtomicLongArray(Channel.values().length);
    private final AtomicLongArray counts = new AtomicLongArray(Count.values().length);

    void fixes(Channel channel, long n) {
        fixes.addAndGet(channel.ordinal(), n);
    }

    void add(Count count) {
        counts.incrementAndGet(count.ordinal());
    }

    void add(Count count, long n) {
        counts.addAndGet(count.ordinal(), n);
    }

    long get(Count count) {
        return counts.get(count.ordinal());
    }

    long fixes(Channel channel) {
        return fixes.get(channel.ordinal());
    }

    long totalFixes() {
        long total = 0;
        for (Channel c : Channel.values()) {
            total += fixes(c);
        }
        return total;
    }

    /** Fixes by channel and the other counts, as the API shows them. */
    Map<String, Object> snapshot() {
        Map<String, Object> byChannel = new LinkedHashMap<>();
        for (Channel c : Channel.values()) {
            byChannel.put(c.name(), fixes(c));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fixes", byChannel);
        out.put("fixesTotal", totalFixes());
        for (Count c : Count.values()) {
            out.put(camel(c.name()), get(c));
        }
        return out;
    }

    private static String camel(String name) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
