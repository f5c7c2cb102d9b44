package org.amparo.bench.face;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The command line of {@code face-eval}: either {@code --images DIR --pairs PAIRS.txt} (LFW View-2)
 * or {@code --manifest manifest.csv} (the shared set, all pairs), plus {@code --flip} (also report
 * flip-averaged embeddings) and {@code --threads N} (default 2). Immutable.
 *
 * @param images LFW image folder, null in manifest mode
 * @param pairs LFW pairs file, null in manifest mode
 * @param manifest shared-set manifest, null in LFW mode
 * @param flip whether to report flip-averaged embeddings besides plain ones
 * @param threads embedding threads, at least 1
 */
record FaceEvalOptions(
        @Nullable Path images,
        @Nullable Path pairs,
        @Nullable Path manifest,
        boolean flip,
        int threads) {
    static final String USAGE =
            "usage: face-eval (--images DIR --pairs PAIRS.txt | --manifest manifest.csv)" + " [--flip] [--threads N]";

    FaceEvalOptions {
        boolean lfw = images != null && pairs != null;
        if (lfw == (manifest != null) || (images == null) != (pairs == null)) {
            throw new IllegalArgumentException("give either --images and --pairs, or --manifest\n" + USAGE);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1: " + threads);
        }
    }

    /** Parses the arguments after {@code face-eval}. */
    static FaceEvalOptions parse(List<String> args) {
        Path images = null;
        Path pairs = null;
        Path manifest = null;
        boolean flip = false;
        int threads = 2;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--flip" -> flip = true;
                case "--images" -> images = Path.of(value(args, ++i, arg));
                case "--pairs" -> pairs = Path.of(value(args, ++i, arg));
                case "--manifest" -> manifest = Path.of(value(args, ++i, arg));
                case "--threads" -> threads = Integer.parseInt(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
        }
        return new FaceEvalOptions(images, pairs, manifest, flip, threads);
    }

    static String value(List<String> args, int at, String option) {
        if (at >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args.get(at);
    }
}
