package org.amparo.core.ingest;

import java.util.Objects;

/**
 * What is wrong with one element of a batch.
 *
 * @param index zero-based position of the element in the batch
 * @param reason the kind of problem
 * @param detail a human-readable explanation naming the field
 */
public record ElementProblem(int index, RejectReason reason, String detail) {
    public ElementProblem {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }
}
