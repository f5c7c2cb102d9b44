package org.amparo.core.location;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one ingest call did: fixes received, kept (durably stored), repeats already stored, and
 * dropped per reason. Immutable.
 *
 * @param received fixes in the call
 * @param kept fixes newly stored
 * @param repeated fixes already stored before (a device resending)
 * @param dropped counts per reason name
 */
public record IngestReport(int received, int kept, int repeated, Map<String, Integer> dropped) {
    public IngestReport {
        dropped = Map.copyOf(new TreeMap<>(dropped));
    }

    public int droppedTotal() {
        return dropped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
