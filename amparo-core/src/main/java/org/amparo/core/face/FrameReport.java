package org.amparo.core.face;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one frame gave: counts only, and the ids of the matches stored. Faces that matched nobody,
 * and hits the policy denied, appear only as counts. Immutable.
 *
 * @param faces faces found in the frame
 * @param matches matches stored (permitted)
 * @param unmatched faces that matched no entry (dropped in memory)
 * @param dropped denied hits per policy reason (dropped in memory)
 * @param created the stored matches
 */
public record FrameReport(
        int faces, int matches, int unmatched, Map<String, Integer> dropped, List<FaceMatchId> created) {
    public FrameReport {
        dropped = Map.copyOf(new TreeMap<>(dropped));
        created = List.copyOf(created);
        if (created.size() != matches
                || matches
                                + unmatched
                                + dropped.values().stream()
                                        .mapToInt(Integer::intValue)
                                        .sum()
                        != faces) {
            throw new IllegalArgumentException("every face is matched, unmatched or dropped, once");
        }
    }

    /** Hits the policy denied. */
    public int droppedCount() {
        return dropped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
