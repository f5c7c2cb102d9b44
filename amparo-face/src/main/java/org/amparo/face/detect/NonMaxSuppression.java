package org.amparo.face.detect;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Greedy non-maximum suppression: best score first, dropping every box that overlaps a kept one by
 * more than the given intersection over union. Stateless and thread-safe.
 */
final class NonMaxSuppression {
    private NonMaxSuppression() {}

    static List<Detection> apply(List<Detection> detections, double maxIou) {
        List<Detection> sorted = new ArrayList<>(detections);
        sorted.sort(Comparator.comparingDouble(Detection::score).reversed());
        List<Detection> kept = new ArrayList<>();
        for (Detection candidate : sorted) {
            if (kept.stream().noneMatch(k -> k.box().iou(candidate.box()) > maxIou)) {
                kept.add(candidate);
            }
        }
        return List.copyOf(kept);
    }
}
