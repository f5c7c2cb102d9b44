package org.amparo.bench.face;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.amparo.bench.SuppressForbidden;
import org.amparo.core.evidence.EvidenceId;
import org.amparo.core.face.FaceTemplate;
import org.amparo.core.face.GalleryHit;
import org.amparo.core.face.GallerySearch;
import org.amparo.core.face.GalleryTemplate;
import org.amparo.core.face.WatchlistEntryId;
import org.amparo.core.legal.AuthorizationId;
import org.amparo.core.legal.SubjectId;
import org.amparo.face.gallery.VectorGalleryIndex;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.VectorUtil;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * 1:N face search, probes per second: Amparo's {@link VectorGalleryIndex} (int8 shortlist with an
 * error bound, fp32 re-rank, probes batched) against a plain exact fp32 scan (scalar Java loops, as
 * one would write it), the same scan on Lucene's SIMD {@link VectorUtil#dotProduct}, and Lucene's
 * HNSW ({@link KnnFloatVectorField}, {@link KnnFloatVectorQuery}). Galleries and probes are {@link
 * SyntheticFaces} (seeded; structure and mean genuine/impostor cosines of the real LFW templates).
 *
 * <p>Each invocation searches the top-1 template (no threshold) of {@value #PROBES_PER_CALL} probes,
 * cycling through {@value #PROBE_COUNT}; scores are probes per second. The trial setup computes the
 * exact answers of all probes (fp32, double-checked) and prints the recall@1 of every method against
 * them; Amparo must equal exact search (the trial fails otherwise). Lucene's HNSW is built once per
 * trial with its defaults ({@value #HNSW_M} neighbours, beam width {@value #HNSW_BEAM_WIDTH}), into
 * one segment ({@code forceMerge(1)}) of an {@link MMapDirectory} on {@code /dev/shm} (memory, and
 * Lucene's fastest read path); its query's {@code k} (the search beam, "ef") is the first of {@link
 * #HNSW_EF} whose recall@1 reaches {@value #RECALL_TARGET}, else the largest.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
        value = 1,
        jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xms1g", "-Xmx8g", "-XX:+UseParallelGC"})
public class FaceSearchBenchmark {
    /** Probes per invocation (a multiple of Amparo's batch of 16). */
    public static final int PROBES_PER_CALL = 64;

    /** Distinct probes, cycled through; all are checked against exact search. */
    public static final int PROBE_COUNT = 1024;

    /** The seed of the synthetic templates. */
    public static final long SEED = 20260404L;

    /** Lucene's default HNSW neighbours per node. */
    public static final int HNSW_M = 16;

    /** Lucene's default HNSW construction beam width. */
    public static final int HNSW_BEAM_WIDTH = 100;

    /** Query beams (the query's k) tried for Lucene, smallest first. */
    static final int[] HNSW_EF = {10, 20, 40, 80, 160, 320, 640, 1280};

    /** Recall@1 sought for Lucene. */
    public static final double RECALL_TARGET = 0.99;

    /** Impostor pairs per probe for the realism line (FPR 1e-3 threshold). */
    static final int IMPOSTORS_PER_PROBE = 200;

    /** Probes whose plain-scan answer is checked (the scalar scan is slow on a million rows). */
    static final int PLAIN_SCAN_CHECKED = 128;

    private static final String FIELD = "face";

    /** The synthetic gallery and probes, with their exact answers. */
    @State(Scope.Benchmark)
    public static class Faces {
        @Param({"10000", "100000", "1000000"})
        public int size = 10000;

        @Nullable
        SyntheticFaces faces;

        float @Nullable [] flat;
        int @Nullable [] exact;

        @Setup(Level.Trial)
        @SuppressForbidden(reason = "a benchmark prints its correctness gate")
        public void generate() {
            long start = System.nanoTime();
            SyntheticFaces f = SyntheticFaces.generate(size, PROBE_COUNT, SEED);
            float[] rows = new float[size * FaceTemplate.DIMENSIONS];
            for (int i = 0; i < size; i++) {
                System.arraycopy(f.gallery()[i], 0, rows, i * FaceTemplate.DIMENSIONS, FaceTemplate.DIMENSIONS);
            }
            faces = f;
            flat = rows;
            float[][] gallery = f.gallery();
            exact = IntStream.range(0, PROBE_COUNT)
                    .parallel()
                    .map(p -> simdScan(gallery, f.probes()[p]))
                    .toArray();
            int identified = 0;
            double genuine = 0;
            double impostor = 0;
            double[] genuineScores = new double[PROBE_COUNT];
            int perProbe = Math.min(size - 1, IMPOSTORS_PER_PROBE);
            double[] impostorScores = new double[PROBE_COUNT * perProbe];
            for (int p = 0; p < PROBE_COUNT; p++) {
                identified += exact[p] == f.probeIdentity(p) ? 1 : 0;
                genuineScores[p] = VectorUtil.dotProduct(gallery[f.probeIdentity(p)], f.probes()[p]);
                genuine += genuineScores[p];
                for (int j = 0; j < perProbe; j++) {
                    double score = VectorUtil.dotProduct(
                            gallery[(f.probeIdentity(p) + 1 + (int) ((long) j * (size - 1) / perProbe)) % size],
                            f.probes()[p]);
                    impostorScores[p * perProbe + j] = score;
                    impostor += score;
                }
            }
            java.util.Arrays.sort(impostorScores);
            double threshold = impostorScores[(int) (impostorScores.length * (1 - 1e-3))];
            long accepted = java.util.Arrays.stream(genuineScores)
                    .filter(g -> g > threshold)
                    .count();
            System.out.printf(
                    Locale.ROOT,
                    "%n[faces %d] synthetic: mean genuine cosine %.4f, impostor %.4f, TPR %.3f at FPR 1e-3 (cosine >"
                            + " %.4f) (LFW shared set: %.4f, %.4f, TPR 0.813 at cosine > 0.9337); exact top-1 is the"
                            + " probe's own identity for %.4f of %d probes; generated and searched exactly in %.1f s%n",
                    size,
                    genuine / PROBE_COUNT,
                    impostor / impostorScores.length,
                    (double) accepted / PROBE_COUNT,
                    threshold,
                    SyntheticFaces.GENUINE_COSINE,
                    SyntheticFaces.IMPOSTOR_COSINE,
                    (double) identified / PROBE_COUNT,
                    PROBE_COUNT,
                    (System.nanoTime() - start) / 1e9);
        }

        SyntheticFaces faces() {
            SyntheticFaces f = faces;
            if (f == null) {
                throw new IllegalStateException("not set up");
            }
            return f;
        }

        float[] flat() {
            float[] f = flat;
            if (f == null) {
                throw new IllegalStateException("not set up");
            }
            return f;
        }

        int[] exact() {
            int[] e = exact;
            if (e == null) {
                throw new IllegalStateException("not set up");
            }
            return e;
        }

        /** Recall@1 of {@code answers}: the answer is the exact row, or a row as close to the probe. */
        double recall(int[] answers) {
            float[][] gallery = faces().gallery();
            float[][] probes = faces().probes();
            int right = 0;
            for (int p = 0; p < PROBE_COUNT; p++) {
                right += answers[p] == exact()[p]
                                || answers[p] >= 0
                                        && VectorUtil.dotProduct(gallery[answers[p]], probes[p])
                                                >= VectorUtil.dotProduct(gallery[exact()[p]], probes[p]) - 1e-6f
                        ? 1
                        : 0;
            }
            return (double) right / PROBE_COUNT;
        }

        /** The plain scan's answers for all probes: prints its recall@1 (float summation order aside, 1). */
        @SuppressForbidden(reason = "a benchmark prints its correctness gate")
        void checkPlainScan() {
            int[] answers = IntStream.range(0, PROBE_COUNT)
                    .parallel()
                    .map(p -> p < PLAIN_SCAN_CHECKED ? plainScan(flat(), size, faces().probes()[p]) : exact()[p])
                    .toArray();
            System.out.printf(
                    Locale.ROOT,
                    "[faces %d] plain exact scan: recall@1 %.4f over the first %d probes%n",
                    size,
                    recall(answers) * PROBE_COUNT / PLAIN_SCAN_CHECKED
                            - (PROBE_COUNT - PLAIN_SCAN_CHECKED) / (double) PLAIN_SCAN_CHECKED,
                    PLAIN_SCAN_CHECKED);
        }
    }

    /** Amparo's index over the faces, with the probes as templates in calls of {@value #PROBES_PER_CALL}. */
    @State(Scope.Benchmark)
    public static class Amparo {
        final VectorGalleryIndex index = new VectorGalleryIndex();
        final List<List<FaceTemplate>> calls = new ArrayList<>();

        @Setup(Level.Trial)
        @SuppressForbidden(reason = "a benchmark prints its correctness gate")
        public void build(Faces faces) {
            long start = System.nanoTime();
            float[][] gallery = faces.faces().gallery();
            List<GalleryTemplate> templates = new ArrayList<>(gallery.length);
            for (int i = 0; i < gallery.length; i++) {
                FaceTemplate template = FaceTemplate.of(gallery[i]);
                UUID row = new UUID(0, i);
                templates.add(new GalleryTemplate(
                        new WatchlistEntryId(row),
                        new SubjectId(row),
                        new AuthorizationId(row),
                        row,
                        template.sha256(),
                        new EvidenceId(row),
                        template));
            }
            index.replace(templates);
            double built = (System.nanoTime() - start) / 1e9;
            List<FaceTemplate> probes =
                    Stream.of(faces.faces().probes()).map(FaceTemplate::of).toList();
            for (int from = 0; from < PROBE_COUNT; from += PROBES_PER_CALL) {
                calls.add(probes.subList(from, from + PROBES_PER_CALL));
            }
            int[] answers = new int[PROBE_COUNT];
            int next = 0;
            for (List<FaceTemplate> call : calls) {
                for (Optional<GalleryHit> hit : search(call).hits()) {
                    answers[next++] = hit.map(
                                    h -> (int) h.template().templateId().getLeastSignificantBits())
                            .orElse(-1);
                }
            }
            double recall = faces.recall(answers);
            System.out.printf(
                    Locale.ROOT,
                    "[faces %d] amparo VectorGalleryIndex: recall@1 %.4f (must be 1), built in %.1f s%n",
                    faces.size,
                    recall,
                    built);
            if (recall != 1.0) {
                throw new IllegalStateException("Amparo's search differs from exact search: recall@1 " + recall);
            }
            faces.checkPlainScan();
        }

        GallerySearch search(List<FaceTemplate> probes) {
            return index.search(probes, 0.0);
        }
    }

    /** Lucene's HNSW over the faces, one segment in memory, and the query beam chosen by recall. */
    @State(Scope.Benchmark)
    public static class Lucene {
        @Nullable
        Path path;

        @Nullable
        Directory directory;

        @Nullable
        DirectoryReader reader;

        @Nullable
        IndexSearcher searcher;

        int ef;

        @Setup(Level.Trial)
        @SuppressForbidden(reason = "a benchmark prints its correctness gate and parameters")
        public void build(Faces faces) throws IOException {
            long start = System.nanoTime();
            Path shm = Path.of("/dev/shm");
            Path p = Files.isDirectory(shm) && Files.isWritable(shm)
                    ? Files.createTempDirectory(shm, "amparo-hnsw")
                    : Files.createTempDirectory("amparo-hnsw");
            path = p;
            Directory dir = new MMapDirectory(p);
            directory = dir;
            IndexWriterConfig config = new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                    .setRAMBufferSizeMB(1900);
            float[][] gallery = faces.faces().gallery();
            try (IndexWriter writer = new IndexWriter(dir, config)) {
                for (int i = 0; i < gallery.length; i++) {
                    Document doc = new Document();
                    doc.add(new KnnFloatVectorField(FIELD, gallery[i], VectorSimilarityFunction.DOT_PRODUCT));
                    doc.add(new NumericDocValuesField("row", i));
                    writer.addDocument(doc);
                }
                writer.forceMerge(1);
            }
            DirectoryReader r = DirectoryReader.open(dir);
            reader = r;
            if (r.leaves().size() != 1 || r.maxDoc() != gallery.length) {
                throw new IllegalStateException("expected one segment of " + gallery.length + " documents");
            }
            NumericDocValues rows = r.leaves().getFirst().reader().getNumericDocValues("row");
            for (int doc = 0; doc < gallery.length; doc++) {
                if (rows == null || !rows.advanceExact(doc) || rows.longValue() != doc) {
                    throw new IllegalStateException("document ids are not gallery rows");
                }
            }
            IndexSearcher s = new IndexSearcher(r);
            s.setQueryCache(null);
            searcher = s;
            double built = (System.nanoTime() - start) / 1e9;
            StringBuilder tried = new StringBuilder();
            ef = HNSW_EF[HNSW_EF.length - 1];
            for (int candidate : HNSW_EF) {
                int[] answers = new int[PROBE_COUNT];
                for (int q = 0; q < PROBE_COUNT; q++) {
                    answers[q] = top(s, faces.faces().probes()[q], candidate);
                }
                double recall = faces.recall(answers);
                tried.append(String.format(Locale.ROOT, " k=%d: %.4f;", candidate, recall));
                if (recall >= RECALL_TARGET) {
                    ef = candidate;
                    break;
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "[faces %d] lucene HNSW (M=%d, beamWidth=%d, DOT_PRODUCT, 1 segment, built in %.1f s): recall@1"
                            + "%s measured with k=%d%n",
                    faces.size,
                    HNSW_M,
                    HNSW_BEAM_WIDTH,
                    built,
                    tried,
                    ef);
        }

        IndexSearcher searcher() {
            IndexSearcher s = searcher;
            if (s == null) {
                throw new IllegalStateException("not set up");
            }
            return s;
        }

        @TearDown(Level.Trial)
        public void close() throws IOException {
            if (reader != null) {
                reader.close();
            }
            if (directory != null) {
                directory.close();
            }
            Path p = path;
            if (p != null) {
                try (Stream<Path> files = Files.walk(p)) {
                    for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(f);
                    }
                }
            }
        }
    }

    /** Each thread's place in the probe cycle (threads start apart). */
    @State(Scope.Thread)
    public static class Cursor {
        int call;

        @Setup(Level.Trial)
        public void start(ThreadParams thread) {
            call = thread.getThreadIndex() * 7;
        }

        int next() {
            int c = call % (PROBE_COUNT / PROBES_PER_CALL);
            call++;
            return c;
        }
    }

    @Benchmark
    @OperationsPerInvocation(PROBES_PER_CALL)
    public GallerySearch amparoVectorIndex(Amparo amparo, Cursor cursor) {
        return amparo.search(amparo.calls.get(cursor.next()));
    }

    @Benchmark
    @OperationsPerInvocation(PROBES_PER_CALL)
    public int peerExactScan(Faces faces, Cursor cursor) {
        int from = cursor.next() * PROBES_PER_CALL;
        float[] rows = faces.flat();
        float[][] probes = faces.faces().probes();
        int sum = 0;
        for (int p = from; p < from + PROBES_PER_CALL; p++) {
            sum += plainScan(rows, faces.size, probes[p]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(PROBES_PER_CALL)
    public int peerExactLuceneSimd(Faces faces, Cursor cursor) {
        int from = cursor.next() * PROBES_PER_CALL;
        float[][] gallery = faces.faces().gallery();
        float[][] probes = faces.faces().probes();
        int sum = 0;
        for (int p = from; p < from + PROBES_PER_CALL; p++) {
            sum += simdScan(gallery, probes[p]);
        }
        return sum;
    }

    @Benchmark
    @OperationsPerInvocation(PROBES_PER_CALL)
    public int peerLuceneHnsw(Faces faces, Lucene lucene, Cursor cursor) throws IOException {
        int from = cursor.next() * PROBES_PER_CALL;
        float[][] probes = faces.faces().probes();
        int sum = 0;
        for (int p = from; p < from + PROBES_PER_CALL; p++) {
            sum += top(lucene.searcher(), probes[p], lucene.ef);
        }
        return sum;
    }

    /** The best row by a scalar fp32 dot product over row-major rows: the straightforward exact scan. */
    static int plainScan(float[] rows, int count, float[] probe) {
        int best = -1;
        float bestDot = Float.NEGATIVE_INFINITY;
        for (int i = 0, o = 0; i < count; i++, o += FaceTemplate.DIMENSIONS) {
            float dot = 0;
            for (int k = 0; k < FaceTemplate.DIMENSIONS; k++) {
                dot += rows[o + k] * probe[k];
            }
            if (dot > bestDot) {
                bestDot = dot;
                best = i;
            }
        }
        return best;
    }

    /** The best row by Lucene's SIMD dot product (Panama when jdk.incubator.vector is present). */
    static int simdScan(float[][] gallery, float[] probe) {
        int best = -1;
        float bestDot = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < gallery.length; i++) {
            float dot = VectorUtil.dotProduct(gallery[i], probe);
            if (dot > bestDot) {
                bestDot = dot;
                best = i;
            }
        }
        return best;
    }

    /** Lucene's top-1 row for the probe with a query beam of {@code k}, or -1. */
    static int top(IndexSearcher searcher, float[] probe, int k) {
        try {
            ScoreDoc[] docs = searcher.search(new KnnFloatVectorQuery(FIELD, probe, k), 1).scoreDocs;
            return docs.length == 0 ? -1 : docs[0].doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
