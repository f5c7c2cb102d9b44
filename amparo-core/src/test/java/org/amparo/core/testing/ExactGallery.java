package org.amparo.core.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amparo.core.face.FaceTemplate;
import org.amparo.core.face.Gallery;
import org.amparo.core.face.GalleryHit;
import org.amparo.core.face.GallerySearch;
import org.amparo.core.face.GalleryTemplate;
import org.amparo.core.face.GalleryVersion;

/** A brute-force {@link Gallery} in double precision: the reference the real index must agree with. Thread-safe. */
public final class ExactGallery implements Gallery {
    private volatile List<GalleryTemplate> templates = List.of();
    private volatile GalleryVersion version = GalleryVersion.EMPTY;

    @Override
    public synchronized void replace(List<GalleryTemplate> next) {
        templates = List.copyOf(next);
        version = GalleryVersion.of(next);
    }

    @Override
    public synchronized GallerySearch search(List<FaceTemplate> probes, double minSimilarity) {
        List<Optional<GalleryHit>> hits = new ArrayList<>();
        for (FaceTemplate probe : probes) {
            GalleryHit best = null;
            for (GalleryTemplate t : templates) {
                double s = t.template().similarity(probe);
                if (s >= minSimilarity && (best == null || s > best.similarity())) {
                    best = new GalleryHit(t, s);
                }
            }
            hits.add(Optional.ofNullable(best));
        }
        return new GallerySearch(version, hits);
    }

    @Override
    public GalleryVersion version() {
        return version;
    }

    @Override
    public int size() {
        return templates.size();
    }

    /** The templates held, in load order. */
    public List<GalleryTemplate> templates() {
        return templates;
    }
}
