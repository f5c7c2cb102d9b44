package org.amparo.core.dispatch;

import java.util.Optional;

/** The urgency of an incident; {@link #P1} is the most urgent. The wire form is the level, 1 to 4. */
public enum Priority {
    /** Life in immediate danger. */
    P1,
    /** Serious, urgent. */
    P2,
    /** Needs a unit, not urgent. */
    P3,
    /** Informational or can wait. */
    P4;

    /** The level, 1 (most urgent) to 4. */
    public int level() {
        return ordinal() + 1;
    }

    /** The priority of a level 1 to 4, or empty for any other number (user input: a refusal, not a bug). */
    public static Optional<Priority> ofLevel(int level) {
        return level >= 1 && level <= 4 ? Optional.of(values()[level - 1]) : Optional.empty();
    }
}
