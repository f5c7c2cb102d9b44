package org.amparo.core.face;

import java.util.List;
import java.util.Optional;

/**
 * The answer of one batched search: the version searched, and per probe (same order) its best
 * template at or above the threshold, or empty.
 *
 * @param version the gallery content searched
 * @param hits one element per probe
 */
public record GallerySearch(GalleryVersion version, List<Optional<GalleryHit>> hits) {
    public GallerySearch {
        hits = List.copyOf(hits);
    }
}
