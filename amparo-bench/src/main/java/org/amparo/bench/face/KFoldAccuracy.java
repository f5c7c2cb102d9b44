package org.amparo.bench.face;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * LFW's k-fold verification accuracy: for each fold, the threshold that maximises accuracy on the
 * other folds' pairs is applied to this fold's pairs (accept when the score is strictly above it).
 * Stateless.
 */
final class KFoldAccuracy {
    private KFoldAccuracy() {}

    /**
     * One scored pair.
     *
     * @param score similarity of the two images, higher is more alike
     * @param genuine whether both show the same person
     * @param fold the pair's fold, from 0
     */
    record Scored(double score, boolean genuine, int fold) {}

    /**
     * The outcome.
     *
     * @param perFold each fold's test accuracy, in fold order
     * @param thresholds the threshold each fold was tested at
     */
    record Result(double[] perFold, double[] thresholds) {
        double mean() {
            return Arrays.stream(perFold).average().orElseThrow();
        }

        /** Population standard deviation over the folds, as LFW results are usually reported. */
        double standardDeviation() {
            double mean = mean();
            return Math.sqrt(Arrays.stream(perFold)
                    .map(a -> (a - mean) * (a - mean))
                    .average()
                    .orElseThrow());
        }
    }

    static Result evaluate(List<Scored> pairs, int folds) {
        double[] accuracy = new double[folds];
        double[] thresholds = new double[folds];
        for (int fold = 0; fold < folds; fold++) {
            int test = fold;
            List<Scored> training = pairs.stream().filter(p -> p.fold() != test).toList();
            thresholds[fold] = bestThreshold(training);
            accuracy[fold] =
                    accuracy(pairs.stream().filter(p -> p.fold() == test).toList(), thresholds[fold]);
        }
        return new Result(accuracy, thresholds);
    }

    /**
     * Sweeps the thresholds between consecutive sorted scores (and below the lowest) and keeps the
     * most accurate; ties go to the lowest such threshold.
     */
    static double bestThreshold(List<Scored> pairs) {
        List<Scored> sorted =
                pairs.stream().sorted(Comparator.comparingDouble(Scored::score)).toList();
        long genuine = sorted.stream().filter(Scored::genuine).count();
        // threshold below everything: every genuine pair right, every impostor wrong
        long correct = genuine;
        long bestCorrect = correct;
        double best = sorted.getFirst().score() - 1e-9;
        for (int i = 0; i < sorted.size(); i++) {
            correct += sorted.get(i).genuine() ? -1 : 1;
            boolean boundary = i + 1 == sorted.size()
                    || sorted.get(i + 1).score() > sorted.get(i).score();
            if (boundary && correct > bestCorrect) {
                bestCorrect = correct;
                best = i + 1 == sorted.size()
                        ? sorted.get(i).score()
                        : (sorted.get(i).score() + sorted.get(i + 1).score()) / 2;
            }
        }
        return best;
    }

    static double accuracy(List<Scored> pairs, double threshold) {
        long correct = pairs.stream()
                .filter(p -> (p.score() > threshold) == p.genuine())
                .count();
        return correct / (double) pairs.size();
    }
}
