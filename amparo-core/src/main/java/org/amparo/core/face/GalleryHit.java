package org.amparo.core.face;

/**
 * The best gallery template for one probe.
 *
 * @param template the template
 * @param similarity {@code (1 + cosine) / 2}, in [0,1]
 */
public record GalleryHit(GalleryTemplate template, double similarity) {
    public GalleryHit {
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0,1]: " + similarity);
        }
    }
}
