package org.amparo.server.web;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One step of a timeline as a page lists it, oldest first: when, what (a message key and its
 * arguments), who, and a free text such as a reason. Immutable.
 *
 * @param at when it happened
 * @param kind a stable name of the kind of step, for tests and styles ({@code requested}, {@code approved}, ...)
 * @param messageKey the label's message key
 * @param args the label's arguments
 * @param who who did it, or null (the system, or not shown)
 * @param text a reason or note, or null
 */
public record TimelineStep(
        Instant at,
        String kind,
        String messageKey,
        List<Object> args,
        @Nullable String who,
        @Nullable String text) {
    public TimelineStep {
        args = List.copyOf(args);
    }

    /** The label's arguments as an array, as {@code #messages.msgWithParams} takes them. */
    public Object[] argArray() {
        return args.toArray();
    }
}
