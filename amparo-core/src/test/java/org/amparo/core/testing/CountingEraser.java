package org.amparo.core.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.ProducedDataEraser;

/** Pretends to erase a fixed number of records per call and remembers for which authorizations. Thread-safe. */
public final class CountingEraser implements ProducedDataEraser {
    private final String name;
    private final long deletedPerCall;
    private final List<AuthorizationId> calls = new CopyOnWriteArrayList<>();

    public CountingEraser(String name, long deletedPerCall) {
        this.name = name;
        this.deletedPerCall = deletedPerCall;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public long eraseProducedUnder(AuthorizationId id) {
        calls.add(id);
        return deletedPerCall;
    }

    /** The authorizations erased under, one per call, in order. */
    public List<AuthorizationId> calls() {
        return List.copyOf(calls);
    }
}
