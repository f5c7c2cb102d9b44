package org.amparo.core.ingest;

import java.util.List;
import java.util.Objects;

/** The outcome of decoding one message: the fixes it carries, or why it was refused. Immutable. */
public sealed interface DecodeResult {

    /**
     * The message was understood. It may carry several fixes (a batch), in message order.
     *
     * @param fixes the decoded fixes; may be empty only for an empty batch
     */
    record Decoded(List<DeviceFix> fixes) implements DecodeResult {
        public Decoded {
            fixes = List.copyOf(fixes);
        }
    }

    /**
     * The message was refused as a whole; nothing from it is to be kept.
     *
     * @param reason the kind of refusal
     * @param detail a human-readable explanation naming the field or position; safe to return to the sender
     * @param elements per-element problems of a batch, in index order; empty for single messages
     */
    record Rejected(RejectReason reason, String detail, List<ElementProblem> elements) implements DecodeResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
            elements = List.copyOf(elements);
        }

        public Rejected(RejectReason reason, String detail) {
            this(reason, detail, List.of());
        }
    }

    /** A result carrying exactly {@code fix}. */
    static DecodeResult of(DeviceFix fix) {
        return new Decoded(List.of(fix));
    }
}
