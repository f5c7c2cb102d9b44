package org.amparo.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.amparo.core.dispatch.caller.DeadLetter;
import org.amparo.core.dispatch.caller.DeadLetterStore;
import org.amparo.core.dispatch.caller.IntakeDrop;

/** A {@link DeadLetterStore} in memory, for tests. Thread-safe (synchronized). */
public final class InMemoryDeadLetterStore implements DeadLetterStore {
    private final List<DeadLetter> letters = new ArrayList<>();
    private final Map<String, Long> counts = new TreeMap<>();

    @Override
    public synchronized void insert(DeadLetter letter) {
        letters.add(letter);
        counts.merge(letter.reason().name(), 1L, Long::sum);
    }

    @Override
    public synchronized void countDropped(IntakeDrop reason) {
        counts.merge(reason.name(), 1L, Long::sum);
    }

    @Override
    public synchronized List<DeadLetter> latest(int limit) {
        List<DeadLetter> newest = new ArrayList<>(letters);
        java.util.Collections.reverse(newest);
        return newest.stream().limit(limit).toList();
    }

    @Override
    public synchronized Map<String, Long> counts() {
        return Map.copyOf(counts);
    }
}
