package org.amparo.bench.face;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.amparo.bench.SuppressForbidden;

/**
 * {@code face-pairs --manifest manifest.csv --out PAIRS.txt [--folds 10] [--per-side 100] [--seed 4]}:
 * writes an LFW View-2 pairs file over the shared set (see {@link SharedFaceSet#writeLfwPairs}), so
 * that {@code face-eval --images <set>/lfw --pairs PAIRS.txt} runs the LFW protocol on the images at
 * hand when the full LFW set is not.
 */
public final class FacePairs {
    private static final String USAGE =
            "usage: face-pairs --manifest manifest.csv --out PAIRS.txt [--folds 10] [--per-side 100] [--seed 4]";

    private FacePairs() {}

    /** Entry point: the arguments after {@code face-pairs}. */
    @SuppressForbidden(reason = "a command-line tool says what it wrote")
    public static void main(String[] args) throws IOException {
        Path manifest = null;
        Path out = null;
        int folds = 10;
        int perSide = 100;
        long seed = 4;
        List<String> list = List.of(args);
        for (int i = 0; i < list.size(); i++) {
            String arg = list.get(i);
            String value = FaceEvalOptions.value(list, ++i, arg);
            switch (arg) {
                case "--manifest" -> manifest = Path.of(value);
                case "--out" -> out = Path.of(value);
                case "--folds" -> folds = Integer.parseInt(value);
                case "--per-side" -> perSide = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                default -> throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
        }
        if (manifest == null || out == null) {
            throw new IllegalArgumentException(USAGE);
        }
        SharedFaceSet.read(manifest).writeLfwPairs(out, folds, perSide, new Random(seed));
        System.out.printf(
                Locale.ROOT,
                "face-pairs: wrote %s (%d folds x %d matched + %d mismatched, seed %d)%n",
                out,
                folds,
                perSide,
                perSide,
                seed);
    }
}
