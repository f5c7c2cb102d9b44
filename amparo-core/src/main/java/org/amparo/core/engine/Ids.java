package org.amparo.core.engine;

import java.util.Random;
import java.util.UUID;

/**
 * Source of new identifiers. Production uses random UUIDs; tests use a seeded instance so that runs
 * repeat. Thread-safe.
 */
@FunctionalInterface
public interface Ids {
    UUID next();

    /** Random (version 4) UUIDs from the platform's secure random source. */
    static Ids random() {
        return UUID::randomUUID;
    }

    /** Repeatable UUIDs from a seed, for tests and demo data. */
    static Ids seeded(long seed) {
        Random random = new Random(seed);
        return () -> {
            synchronized (random) {
                return new UUID(random.nextLong(), random.nextLong());
            }
        };
    }
}
