package org.amparo.server.simulator;

import java.time.Duration;
import java.time.Instant;

/**
 * Simulated time as a function of real time: it runs {@code speed} simulated seconds per real second and
 * stands still while paused. Changing speed or pausing re-anchors, so simulated time never jumps.
 * Thread-safe.
 */
final class SimClock {
    private Instant realAnchor;
    private Instant simAnchor;
    private double speed;
    private boolean paused;

    SimClock(Instant realStart, Instant simStart, double speed) {
        this.realAnchor = realStart;
        this.simAnchor = simStart;
        this.speed = speed;
    }

    /** Simulated time at real time {@code real} (not before the last change). */
    synchronized Instant at(Instant real) {
        if (paused) {
            return simAnchor;
        }
        long realNanos = Math.max(0, Duration.between(realAnchor, real).toNanos());
        return simAnchor.plusNanos(Math.round(realNanos * speed));
    }

    synchronized void speed(Instant real, double newSpeed) {
        rebase(real);
        speed = newSpeed;
    }

    synchronized void pause(Instant real, boolean pause) {
        rebase(real);
        paused = pause;
    }

    synchronized double speed() {
        return speed;
    }

    synchronized boolean paused() {
        return paused;
    }

    private void rebase(Instant real) {
        simAnchor = at(real);
        realAnchor = real;
    }
}
