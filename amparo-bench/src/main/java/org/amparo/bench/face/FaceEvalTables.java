package org.amparo.bench.face;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** Prints {@link FaceEval}'s tables as Markdown, ready to quote. Stateless. */
final class FaceEvalTables {
    private FaceEvalTables() {}

    static void printLfw(List<FaceEval.Row> rows, int folds, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%n| embedding | %d-fold accuracy (mean ± std) | AUC | TPR@FPR=1e-2 | TPR@FPR=1e-3 | TPR@FPR=1e-4 |%n",
                folds);
        out.println("|---|---|---|---|---|---|");
        for (FaceEval.Row row : rows) {
            KFoldAccuracy.Result result = row.folds();
            if (result == null) {
                throw new IllegalArgumentException("an LFW row has k-fold accuracy");
            }
            out.printf(
                    Locale.ROOT,
                    "| %s | %.4f ± %.4f | %.5f | %s |%n",
                    row.embedding(),
                    result.mean(),
                    result.standardDeviation(),
                    row.scores().auc(),
                    tprs(row.scores()));
        }
        printFoldDetail(rows, out);
        printThresholds(rows.getFirst().scores(), out);
    }

    static void printShared(List<FaceEval.Row> rows, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "%n| embedding | TPR@FPR=1e-2 | TPR@FPR=1e-3 | TPR@FPR=1e-4 | EER | AUC | rank-1 (leave-one-out) |%n");
        out.println("|---|---|---|---|---|---|---|");
        for (FaceEval.Row row : rows) {
            out.printf(
                    Locale.ROOT,
                    "| %s | %s | %.2f %% | %.5f | %.2f %% |%n",
                    row.embedding(),
                    tprs(row.scores()),
                    100 * row.scores().equalErrorRate(),
                    row.scores().auc(),
                    100 * row.rankOne());
        }
        printThresholds(rows.getFirst().scores(), out);
    }

    private static String tprs(ScoreSet scores) {
        StringBuilder cells = new StringBuilder();
        for (double fpr : FaceEval.FPRS) {
            cells.append(cells.isEmpty() ? "" : " | ").append(String.format(Locale.ROOT, "%.3f", scores.tprAtFpr(fpr)));
        }
        return cells.toString();
    }

    private static void printFoldDetail(List<FaceEval.Row> rows, PrintStream out) {
        for (FaceEval.Row row : rows) {
            KFoldAccuracy.Result result = row.folds();
            if (result == null) {
                continue;
            }
            StringBuilder folds = new StringBuilder();
            for (int i = 0; i < result.perFold().length; i++) {
                folds.append(String.format(Locale.ROOT, " %.4f@%.3f", result.perFold()[i], result.thresholds()[i]));
            }
            out.printf(Locale.ROOT, "%s per fold (accuracy@cosine threshold):%s%n", row.embedding(), folds);
        }
    }

    /** The cosine thresholds behind the TPR columns, and a warning where an FPR is below 1/impostors. */
    private static void printThresholds(ScoreSet plain, PrintStream out) {
        StringBuilder thresholds = new StringBuilder();
        for (double fpr : FaceEval.FPRS) {
            thresholds.append(String.format(Locale.ROOT, " FPR %.0e: cosine > %.4f;", fpr, plain.thresholdAtFpr(fpr)));
        }
        out.printf(Locale.ROOT, "plain thresholds:%s%n", thresholds);
        for (double fpr : FaceEval.FPRS) {
            if (fpr * plain.impostorCount() < 1) {
                out.printf(
                        Locale.ROOT,
                        "note: %d impostor pairs cannot resolve FPR %.0e; its threshold is the highest impostor"
                                + " score (FPR 0 on these pairs)%n",
                        plain.impostorCount(),
                        fpr);
            }
        }
    }
}
