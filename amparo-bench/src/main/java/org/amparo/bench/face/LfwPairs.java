package org.amparo.bench.face;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * A pairs file in the LFW View-2 format: a first line {@code folds pairsPerSide} (LFW: {@code 10
 * 300}), then per fold {@code pairsPerSide} matched lines {@code name n1 n2} followed by as many
 * mismatched lines {@code name1 n1 name2 n2}; images are {@code DIR/<name>/<name>_<NNNN>.jpg}.
 * Immutable.
 *
 * @param folds number of folds
 * @param pairs every pair, in file order
 */
record LfwPairs(int folds, List<Pair> pairs) {
    LfwPairs {
        pairs = List.copyOf(pairs);
    }

    /**
     * One pair of images.
     *
     * @param first the first image
     * @param second the second image
     * @param genuine whether both show the same person
     * @param fold the fold it belongs to, from 0
     */
    record Pair(Path first, Path second, boolean genuine, int fold) {}

    /** Every image the pairs name, each once, in order of first appearance. */
    List<Path> images() {
        LinkedHashSet<Path> images = new LinkedHashSet<>();
        for (Pair pair : pairs) {
            images.add(pair.first());
            images.add(pair.second());
        }
        return List.copyOf(images);
    }

    /**
     * Reads a pairs file.
     *
     * @throws IllegalArgumentException when a line does not have the format its position requires
     */
    static LfwPairs read(Path pairsFile, Path imageDir) throws IOException {
        List<String> lines = Files.readAllLines(pairsFile, StandardCharsets.UTF_8).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(pairsFile + " is empty");
        }
        String[] header = lines.getFirst().split("\\s+");
        if (header.length != 2) {
            throw new IllegalArgumentException("first line must be 'folds pairsPerSide': " + lines.getFirst());
        }
        int folds = Integer.parseInt(header[0]);
        int perSide = Integer.parseInt(header[1]);
        if (folds < 2 || perSide < 1 || lines.size() != 1 + folds * 2 * perSide) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "%s: %d folds of 2 x %d pairs need %d lines after the first, found %d",
                    pairsFile,
                    folds,
                    perSide,
                    folds * 2 * perSide,
                    lines.size() - 1));
        }
        List<Pair> pairs = new ArrayList<>(folds * 2 * perSide);
        for (int i = 1; i < lines.size(); i++) {
            int fold = (i - 1) / (2 * perSide);
            boolean genuine = (i - 1) % (2 * perSide) < perSide;
            pairs.add(pair(lines.get(i), genuine, fold, imageDir));
        }
        return new LfwPairs(folds, pairs);
    }

    private static Pair pair(String line, boolean genuine, int fold, Path imageDir) {
        String[] cells = line.split("\\s+");
        if (genuine && cells.length == 3) {
            return new Pair(image(imageDir, cells[0], cells[1]), image(imageDir, cells[0], cells[2]), true, fold);
        }
        if (!genuine && cells.length == 4) {
            return new Pair(image(imageDir, cells[0], cells[1]), image(imageDir, cells[2], cells[3]), false, fold);
        }
        throw new IllegalArgumentException(
                "expected a " + (genuine ? "matched 'name n1 n2'" : "mismatched " + "'name1 n1 name2 n2'")
                        + " line in fold " + (fold + 1) + ": " + line);
    }

    /** {@code DIR/<name>/<name>_<NNNN>.jpg}. */
    static Path image(Path imageDir, String name, String number) {
        return imageDir.resolve(name)
                .resolve(String.format(Locale.ROOT, "%s_%04d.jpg", name, Integer.parseInt(number)));
    }
}
