package org.amparo.core.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that stands still until a test sets or advances it. Always UTC. Thread-safe. */
public final class FakeClock extends Clock {
    /** A fixed, readable start: 2025-03-01T09:00:00Z. */
    public static final Instant DEFAULT_START = Instant.parse("2025-03-01T09:00:00Z");

    private final AtomicReference<Instant> now;

    public FakeClock(Instant start) {
        this.now = new AtomicReference<>(start);
    }

    public FakeClock() {
        this(DEFAULT_START);
    }

    /** Sets the current instant. */
    public void set(Instant instant) {
        now.set(instant);
    }

    /** Moves the clock by {@code amount} (may be negative) and returns the new instant. */
    public Instant advance(Duration amount) {
        return now.updateAndGet(t -> t.plus(amount));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** This fake is always UTC; another zone is refused rather than silently ignored. */
    @Override
    public Clock withZone(ZoneId zone) {
        if (!ZoneOffset.UTC.equals(zone.normalized())) {
            throw new UnsupportedOperationException("FakeClock is UTC only");
        }
        return this;
    }
}
