package org.amparo.core.ingest.quality;

import java.util.Objects;

/** What {@link FixFilter} decided for one fix. */
public sealed interface FilterVerdict {
    /** The fix is plausible and was remembered as accepted. */
    record Accepted() implements FilterVerdict {
        /** The only instance the filter returns. */
        public static final Accepted INSTANCE = new Accepted();
    }

    /**
     * The fix is dropped and was not remembered.
     *
     * @param reason the kind, for counting
     * @param detail a human-readable explanation with the numbers that decided it
     */
    record Dropped(DropReason reason, String detail) implements FilterVerdict {
        public Dropped {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
