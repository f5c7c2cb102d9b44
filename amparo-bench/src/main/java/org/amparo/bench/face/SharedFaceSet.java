package org.amparo.bench.face;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The shared face set: {@code manifest.csv} with a header and rows {@code file,identity,...}, files
 * relative to the manifest's folder (the LFW layout {@code lfw/<Name>/<Name>_<NNNN>.jpg}). Immutable.
 *
 * @param photos every row, in manifest order
 */
record SharedFaceSet(List<Photo> photos) {
    SharedFaceSet {
        photos = List.copyOf(photos);
    }

    /**
     * One manifest row.
     *
     * @param file the image
     * @param identity whose face it shows (the LFW name)
     */
    record Photo(Path file, String identity) {}

    static SharedFaceSet read(Path manifest) throws IOException {
        Path root = manifest.toAbsolutePath().normalize().getParent();
        if (root == null) {
            throw new IllegalArgumentException("a manifest lives in a folder: " + manifest);
        }
        List<Photo> photos = Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split(","))
                .map(cells -> new Photo(root.resolve(cells[0]), cells[1]))
                .toList();
        return new SharedFaceSet(photos);
    }

    /** Image numbers per identity, identities in manifest order, parsed from {@code <Name>_<NNNN>.jpg}. */
    Map<String, List<Integer>> numbersByIdentity() {
        Map<String, List<Integer>> numbers = new LinkedHashMap<>();
        for (Photo photo : photos) {
            String name = photo.file().getFileName().toString();
            int number = Integer.parseInt(name.substring(name.lastIndexOf('_') + 1, name.lastIndexOf('.')));
            numbers.computeIfAbsent(photo.identity(), k -> new ArrayList<>()).add(number);
        }
        return numbers;
    }

    /**
     * Writes an LFW View-2 pairs file over this set: identity {@code i} belongs to fold {@code i %
     * folds} (so folds share no person, as in LFW), and each fold gets {@code perSide} distinct
     * matched and {@code perSide} distinct mismatched pairs drawn from its identities with the
     * given seeded generator.
     *
     * @throws IllegalArgumentException when a fold has too few identities or images for that many
     *     distinct pairs
     */
    void writeLfwPairs(Path out, int folds, int perSide, Random random) throws IOException {
        List<Map.Entry<String, List<Integer>>> identities =
                new ArrayList<>(numbersByIdentity().entrySet());
        List<String> lines = new ArrayList<>();
        lines.add(folds + "\t" + perSide);
        for (int fold = 0; fold < folds; fold++) {
            List<Map.Entry<String, List<Integer>>> members = new ArrayList<>();
            for (int i = fold; i < identities.size(); i += folds) {
                members.add(identities.get(i));
            }
            lines.addAll(drawPairs(members, perSide, true, random));
            lines.addAll(drawPairs(members, perSide, false, random));
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static List<String> drawPairs(
            List<Map.Entry<String, List<Integer>>> members, int count, boolean matched, Random random) {
        long possible = possiblePairs(members, matched);
        if (possible < count) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "a fold of %d people has only %d %s pairs, %d asked",
                    members.size(),
                    possible,
                    matched ? "matched" : "mismatched",
                    count));
        }
        Set<String> drawn = new HashSet<>();
        List<String> lines = new ArrayList<>(count);
        while (lines.size() < count) {
            Map.Entry<String, List<Integer>> a = members.get(random.nextInt(members.size()));
            Map.Entry<String, List<Integer>> b = matched ? a : members.get(random.nextInt(members.size()));
            int na = a.getValue().get(random.nextInt(a.getValue().size()));
            int nb = b.getValue().get(random.nextInt(b.getValue().size()));
            boolean valid = matched ? na < nb : a.getKey().compareTo(b.getKey()) < 0;
            String line = matched
                    ? a.getKey() + "\t" + na + "\t" + nb
                    : a.getKey() + "\t" + na + "\t" + b.getKey() + "\t" + nb;
            if (valid && drawn.add(line)) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static long possiblePairs(List<Map.Entry<String, List<Integer>>> members, boolean matched) {
        long images = 0;
        long within = 0;
        long squares = 0;
        for (Map.Entry<String, List<Integer>> member : members) {
            long n = member.getValue().size();
            images += n;
            within += n * (n - 1) / 2;
            squares += n * n;
        }
        return matched ? within : (images * images - squares) / 2;
    }
}
