package org.amparo.face.gallery;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.amparo.core.face.FaceTemplate;
import org.amparo.core.face.Gallery;
import org.amparo.core.face.GalleryHit;
import org.amparo.core.face.GallerySearch;
import org.amparo.core.face.GalleryTemplate;
import org.amparo.core.face.GalleryVersion;

/**
 * Exact 1:N search over fp32 templates and an int8-quantised copy (JDK Vector API). Probes are
 * searched in batches of {@value #BATCH}: each gallery row is loaded once per batch. Pass 1 estimates
 * every cosine from int8 codes with a per-pair error bound; only rows whose upper bound reaches both
 * the threshold and the best lower bound can be the best, and pass 2 re-ranks those in fp32. The
 * answer therefore equals a brute-force fp32 scan's (ties within float rounding aside).
 *
 * <p>Similarities are {@code (1 + cosine) / 2}. Thread-safe: {@link #replace} publishes a new
 * immutable snapshot; searches use the snapshot they started with. Needs {@code --add-modules
 * jdk.incubator.vector} at compile and run time.
 */
public final class VectorGalleryIndex implements Gallery {
    /** Probes searched together. */
    static final int BATCH = 16;

    /** Slack added to the int8 error bound for the rounding of fp32 sums, in cosine units. */
    private static final double ROUNDING_SLACK = 1e-4;

    private record Snapshot(List<GalleryTemplate> templates, Int8Rows rows, GalleryVersion version) {}

    private volatile Snapshot snapshot = new Snapshot(List.of(), new Int8Rows(List.of()), GalleryVersion.EMPTY);

    @Override
    public void replace(List<GalleryTemplate> templates) {
        List<GalleryTemplate> copy = List.copyOf(templates);
        snapshot = new Snapshot(
                copy, new Int8Rows(copy.stream().map(GalleryTemplate::template).toList()), GalleryVersion.of(copy));
    }

    @Override
    public GallerySearch search(List<FaceTemplate> probes, double minSimilarity) {
        Snapshot s = snapshot;
        double minCosine = 2 * minSimilarity - 1;
        List<Optional<GalleryHit>> hits = new ArrayList<>(probes.size());
        for (int from = 0; from < probes.size(); from += BATCH) {
            Int8Rows batch = new Int8Rows(probes.subList(from, Math.min(probes.size(), from + BATCH)));
            for (int best : searchBatch(s.rows(), batch, minCosine)) {
                hits.add(best < 0 ? Optional.empty() : Optional.of(hit(s, batch, hits.size() - from, best)));
            }
        }
        return new GallerySearch(s.version(), hits);
    }

    private static GalleryHit hit(Snapshot s, Int8Rows batch, int probe, int row) {
        double cosine = Math.clamp(VectorDot.fp32(s.rows().fp32, row, batch.fp32, probe), -1.0, 1.0);
        return new GalleryHit(s.templates().get(row), (1 + cosine) / 2);
    }

    /** Per probe of the batch, the best row with cosine at least {@code minCosine}, or -1. */
    static int[] searchBatch(Int8Rows gallery, Int8Rows probes, double minCosine) {
        int n = gallery.count;
        int p = probes.count;
        float[][] upper = new float[p][n];
        double[] lowerBest = new double[p];
        java.util.Arrays.fill(lowerBest, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < p; j++) {
                double estimate = gallery.estimate(i, probes, j);
                double bound = gallery.bound(i, probes, j) + ROUNDING_SLACK;
                upper[j][i] = (float) (estimate + bound);
                lowerBest[j] = Math.max(lowerBest[j], estimate - bound);
            }
        }
        int[] best = new int[p];
        for (int j = 0; j < p; j++) {
            best[j] =
                    rerank(gallery, probes, j, upper[j], Math.max(lowerBest[j], minCosine - ROUNDING_SLACK), minCosine);
        }
        return best;
    }

    private static int rerank(Int8Rows gallery, Int8Rows probes, int j, float[] upper, double cutoff, double min) {
        int best = -1;
        float bestCosine = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < gallery.count; i++) {
            if (upper[i] >= cutoff) {
                float cosine = VectorDot.fp32(gallery.fp32, i, probes.fp32, j);
                if (cosine >= min && cosine > bestCosine) {
                    best = i;
                    bestCosine = cosine;
                }
            }
        }
        return best;
    }

    /** The exact best row of a brute-force fp32 scan, for checking: -1 when none reaches {@code minCosine}. */
    static int bruteForce(Int8Rows gallery, Int8Rows probes, int j, double minCosine) {
        return rerank(gallery, probes, j, filled(gallery.count), Double.NEGATIVE_INFINITY, minCosine);
    }

    private static float[] filled(int n) {
        float[] all = new float[n];
        java.util.Arrays.fill(all, Float.POSITIVE_INFINITY);
        return all;
    }

    @Override
    public GalleryVersion version() {
        return snapshot.version();
    }

    @Override
    public int size() {
        return snapshot.templates().size();
    }
}
