package org.amparo.server.simulator;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * When emergency calls arrive, in simulated time: a Poisson process of {@code callsPerHour}, i.e.
 * exponentially distributed gaps. Not thread-safe.
 */
final class CallSchedule {
    private final RandomGenerator random;
    private double callsPerHour;
    private Instant next;

    CallSchedule(double callsPerHour, Instant start, RandomGenerator random) {
        this.random = random;
        this.callsPerHour = callsPerHour;
        // the first call comes soon, so that a newcomer sees one at once
        this.next = start.plusSeconds(20);
    }

    /** How many calls are due by {@code simNow}; each one advances the schedule. */
    int due(Instant simNow) {
        if (callsPerHour <= 0) {
            return 0;
        }
        int n = 0;
        while (!next.isAfter(simNow) && n < 1000) {
            n++;
            next = next.plus(gap());
        }
        return n;
    }

    Instant next() {
        return next;
    }

    private Duration gap() {
        double meanSeconds = 3600.0 / callsPerHour;
        double u = Math.max(1e-9, random.nextDouble());
        return Duration.ofMillis(Math.round(-Math.log(u) * meanSeconds * 1000));
    }
}
