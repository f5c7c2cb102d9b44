package org.amparo.core.testing;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.amparo.core.engine.Transactions;

/**
 * Runs the work directly, without a transaction. There is no rollback: what the work wrote before
 * an exception stays written, so tests that need all-or-nothing behaviour must use a real store.
 * Counts how many units of work ran. Thread-safe.
 */
public final class DirectTransactions implements Transactions {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        count.incrementAndGet();
        return work.get();
    }

    /** How many times {@link #inTransaction} was called. */
    public int count() {
        return count.get();
    }
}
