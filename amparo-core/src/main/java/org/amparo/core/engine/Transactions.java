package org.amparo.core.engine;

import java.util.function.Supplier;

/**
 * Runs work in one database transaction: everything the work wrote, including its audit entries,
 * commits together or not at all. Implementations are thread-safe.
 */
@FunctionalInterface
public interface Transactions {
    /**
     * Runs {@code work} in a transaction; a runtime exception rolls everything back and propagates.
     */
    <T> T inTransaction(Supplier<T> work);
}
