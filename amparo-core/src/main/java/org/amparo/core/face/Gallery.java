package org.amparo.core.face;

import java.util.List;

/**
 * The in-memory 1:N index of the templates of watchlist entries whose authorization is in effect
 * ({@link GalleryMaintainer} keeps it so). Search is exact: the best template by cosine, as a brute
 * force scan in 32-bit floats finds it. Thread-safe: {@link #replace} swaps the content atomically,
 * searches see the old or the new content whole.
 */
public interface Gallery {
    /** Replaces the whole content. */
    void replace(List<GalleryTemplate> templates);

    /** Best template per probe with similarity at least {@code minSimilarity}. */
    GallerySearch search(List<FaceTemplate> probes, double minSimilarity);

    GalleryVersion version();

    /** Number of templates. */
    int size();
}
