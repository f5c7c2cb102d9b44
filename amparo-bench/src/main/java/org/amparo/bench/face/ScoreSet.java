package org.amparo.bench.face;

import java.util.Arrays;

/**
 * Similarity scores of genuine (same person) and impostor (different people) pairs and the
 * verification measures over them; a pair is accepted when its score is strictly above the
 * threshold. Immutable: the arrays are copied and sorted ascending.
 */
final class ScoreSet {
    private final double[] genuine;
    private final double[] impostor;

    /**
     * @param genuine scores of same-person pairs, at least one
     * @param impostor scores of different-person pairs, at least one
     */
    ScoreSet(double[] genuine, double[] impostor) {
        if (genuine.length == 0 || impostor.length == 0) {
            throw new IllegalArgumentException("need genuine and impostor pairs");
        }
        this.genuine = genuine.clone();
        this.impostor = impostor.clone();
        Arrays.sort(this.genuine);
        Arrays.sort(this.impostor);
    }

    int genuineCount() {
        return genuine.length;
    }

    int impostorCount() {
        return impostor.length;
    }

    /**
     * The threshold at a false-positive rate: the score of the impostor pair ranked
     * {@code floor(fpr * impostors)} from the top (0 = the highest), so that at most that many
     * impostor pairs score above it. Below {@code 1 / impostors} it is the highest impostor score.
     */
    double thresholdAtFpr(double fpr) {
        int rankFromTop = (int) Math.floor(fpr * impostor.length);
        return impostor[impostor.length - 1 - Math.min(rankFromTop, impostor.length - 1)];
    }

    /** Fraction of genuine pairs scoring above {@link #thresholdAtFpr(double)}. */
    double tprAtFpr(double fpr) {
        return above(genuine, thresholdAtFpr(fpr)) / (double) genuine.length;
    }

    /**
     * Equal error rate: over every observed score as threshold, the mean of the false-positive and
     * false-negative rates where they are closest.
     */
    double equalErrorRate() {
        double best = Double.POSITIVE_INFINITY;
        double eer = 1;
        for (double[] scores : new double[][] {genuine, impostor}) {
            for (double threshold : scores) {
                double fpr = above(impostor, threshold) / (double) impostor.length;
                double fnr = 1 - above(genuine, threshold) / (double) genuine.length;
                if (Math.abs(fpr - fnr) < best) {
                    best = Math.abs(fpr - fnr);
                    eer = (fpr + fnr) / 2;
                }
            }
        }
        return eer;
    }

    /** Area under the ROC curve: P(genuine score > impostor score), ties counting one half. */
    double auc() {
        double wins = 0;
        for (double g : genuine) {
            int below = lowerBound(impostor, g);
            int notAbove = upperBound(impostor, g);
            wins += below + (notAbove - below) / 2.0;
        }
        return wins / ((double) genuine.length * impostor.length);
    }

    /** How many of the sorted scores are strictly above the threshold. */
    static int above(double[] sorted, double threshold) {
        return sorted.length - upperBound(sorted, threshold);
    }

    /** First index whose value is at least {@code value}. */
    private static int lowerBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** First index whose value is above {@code value}. */
    private static int upperBound(double[] sorted, double value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] <= value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
