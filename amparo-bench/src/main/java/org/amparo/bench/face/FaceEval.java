package org.amparo.bench.face;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.amparo.bench.SuppressForbidden;
import org.amparo.bench.face.FaceTemplater.Template;
import org.amparo.face.embed.FaceEmbedding;
import org.jspecify.annotations.Nullable;

/**
 * The face evaluation command of issue #4: {@code face-eval --images DIR --pairs PAIRS.txt} prints
 * LFW View-2 k-fold accuracy, AUC and TPR at FPR 1e-2, 1e-3 and 1e-4; {@code face-eval --manifest
 * manifest.csv} prints, over all pairs of the shared set, TPR at those FPRs, EER, AUC and
 * leave-one-out rank-1. Both print how many images had no face or several. Scores are cosine
 * similarities; a pair with a faceless image scores -1 (a sure non-match), and an image without a face
 * is a rank-1 miss. With {@code --flip} every table has a second row for flip-averaged embeddings.
 */
public final class FaceEval {
    static final double[] FPRS = {1e-2, 1e-3, 1e-4};

    private FaceEval() {}

    /**
     * One row of the printed table.
     *
     * @param embedding "plain" or "flip-averaged"
     * @param scores all scored pairs
     * @param folds k-fold accuracy, null in manifest mode
     * @param rankOne leave-one-out rank-1 rate, NaN in LFW mode
     */
    record Row(String embedding, ScoreSet scores, KFoldAccuracy.@Nullable Result folds, double rankOne) {}

    /** Entry point: the arguments after {@code face-eval}. */
    @SuppressForbidden(reason = "a command-line evaluation prints its results")
    public static void main(String[] args) throws IOException {
        run(FaceEvalOptions.parse(List.of(args)), System.out);
    }

    /** Runs the evaluation the options describe, prints to {@code out} and returns the rows printed. */
    static List<Row> run(FaceEvalOptions options, PrintStream out) throws IOException {
        Path pairsFile = options.pairs();
        Path images = options.images();
        Path manifest = options.manifest();
        try (FaceTemplater templater = new FaceTemplater()) {
            if (pairsFile != null && images != null) {
                return lfw(LfwPairs.read(pairsFile, images), templater, options, out);
            }
            return shared(SharedFaceSet.read(requireNonNull(manifest)), templater, options, out);
        }
    }

    private static List<Row> lfw(LfwPairs pairs, FaceTemplater templater, FaceEvalOptions options, PrintStream out) {
        Map<Path, Template> templates = embed(pairs.images(), templater, options, out);
        List<Row> rows = new ArrayList<>();
        for (boolean flip : kinds(options)) {
            List<KFoldAccuracy.Scored> scored = new ArrayList<>();
            for (LfwPairs.Pair pair : pairs.pairs()) {
                double score = cosine(templates.get(pair.first()), templates.get(pair.second()), flip);
                scored.add(new KFoldAccuracy.Scored(score, pair.genuine(), pair.fold()));
            }
            rows.add(new Row(label(flip), scoreSet(scored), KFoldAccuracy.evaluate(scored, pairs.folds()), Double.NaN));
        }
        out.printf(
                Locale.ROOT,
                "%nLFW View-2 protocol: %d folds, %d pairs (%d matched, %d mismatched); each fold tested at the"
                        + " threshold most accurate on the other %d%n",
                pairs.folds(),
                pairs.pairs().size(),
                rows.getFirst().scores().genuineCount(),
                rows.getFirst().scores().impostorCount(),
                pairs.folds() - 1);
        FaceEvalTables.printLfw(rows, pairs.folds(), out);
        return rows;
    }

    private static List<Row> shared(
            SharedFaceSet set, FaceTemplater templater, FaceEvalOptions options, PrintStream out) {
        List<Path> files = set.photos().stream().map(SharedFaceSet.Photo::file).toList();
        Map<Path, Template> templates = embed(files, templater, options, out);
        List<Row> rows = new ArrayList<>();
        for (boolean flip : kinds(options)) {
            List<@Nullable FaceEmbedding> embeddings = new ArrayList<>();
            for (Path file : files) {
                embeddings.add(requireNonNull(templates.get(file)).of(flip));
            }
            List<String> identities =
                    set.photos().stream().map(SharedFaceSet.Photo::identity).toList();
            rows.add(allPairs(embeddings, identities, label(flip)));
        }
        out.printf(
                Locale.ROOT,
                "%nShared set, all pairs: %d images of %d people, %d genuine and %d impostor pairs%n",
                files.size(),
                set.numbersByIdentity().size(),
                rows.getFirst().scores().genuineCount(),
                rows.getFirst().scores().impostorCount());
        FaceEvalTables.printShared(rows, out);
        return rows;
    }

    /** All pairs i < j and leave-one-out rank-1 (the nearest other image's identity). */
    static Row allPairs(List<@Nullable FaceEmbedding> embeddings, List<String> identities, String label) {
        int n = embeddings.size();
        double[][] cosine = new double[n][n];
        List<Double> genuine = new ArrayList<>();
        List<Double> impostor = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                FaceEmbedding a = embeddings.get(i);
                FaceEmbedding b = embeddings.get(j);
                cosine[i][j] = a == null || b == null ? -1 : a.cosine(b);
                cosine[j][i] = cosine[i][j];
                (identities.get(i).equals(identities.get(j)) ? genuine : impostor).add(cosine[i][j]);
            }
        }
        int hits = 0;
        for (int i = 0; i < n; i++) {
            int nearest = -1;
            for (int j = 0; j < n; j++) {
                if (j != i && (nearest < 0 || cosine[i][j] > cosine[i][nearest])) {
                    nearest = j;
                }
            }
            boolean hit = embeddings.get(i) != null && nearest >= 0;
            hits += hit && identities.get(nearest).equals(identities.get(i)) ? 1 : 0;
        }
        ScoreSet scores = new ScoreSet(toArray(genuine), toArray(impostor));
        return new Row(label, scores, null, hits / (double) n);
    }

    private static Map<Path, Template> embed(
            List<Path> files, FaceTemplater templater, FaceEvalOptions options, PrintStream out) {
        long start = System.nanoTime();
        Map<Path, Template> templates = templater.embedAll(files, options.threads(), options.flip());
        double seconds = (System.nanoTime() - start) / 1e9;
        long none = templates.values().stream().filter(t -> t.faces() == 0).count();
        long several = templates.values().stream().filter(t -> t.faces() > 1).count();
        out.printf(
                Locale.ROOT,
                "face-eval: %d images embedded on %d thread(s) in %.1f s%s; %d with no face, %d with several"
                        + " faces (the face nearest the image centre is used)%n",
                files.size(),
                options.threads(),
                seconds,
                options.flip() ? " (each chip and its mirror)" : "",
                none,
                several);
        templates.forEach((file, template) -> {
            if (template.faces() == 0) {
                out.println("  no face: " + file);
            }
        });
        return templates;
    }

    private static double cosine(@Nullable Template a, @Nullable Template b, boolean flip) {
        FaceEmbedding ea = a == null ? null : a.of(flip);
        FaceEmbedding eb = b == null ? null : b.of(flip);
        return ea == null || eb == null ? -1 : ea.cosine(eb);
    }

    private static ScoreSet scoreSet(List<KFoldAccuracy.Scored> scored) {
        return new ScoreSet(
                scored.stream()
                        .filter(KFoldAccuracy.Scored::genuine)
                        .mapToDouble(KFoldAccuracy.Scored::score)
                        .toArray(),
                scored.stream()
                        .filter(s -> !s.genuine())
                        .mapToDouble(KFoldAccuracy.Scored::score)
                        .toArray());
    }

    private static List<Boolean> kinds(FaceEvalOptions options) {
        return options.flip() ? List.of(false, true) : List.of(false);
    }

    private static String label(boolean flip) {
        return flip ? "flip-averaged" : "plain";
    }

    private static double[] toArray(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static <T> T requireNonNull(@Nullable T value) {
        if (value == null) {
            throw new IllegalStateException("checked by FaceEvalOptions");
        }
        return value;
    }
}
