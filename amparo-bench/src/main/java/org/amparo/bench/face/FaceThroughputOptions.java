package org.amparo.bench.face;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.amparo.bench.face.NodeFacePeer.Timing;

/**
 * The command line of {@code face-throughput}. Immutable.
 *
 * @param manifest the shared set's manifest (absolute, normalised)
 * @param threads thread counts to measure, each at least 1 (default 1 and 2)
 * @param timing warm-up and window per measurement (default 5 s and 10 s)
 * @param peerDir the folder of {@code face-bench.cjs} (default {@code tools/face-bench} of the
 *     working directory or its parent)
 * @param node the Node executable (default {@code node} on the PATH)
 * @param peer whether to run the peer ({@code --no-peer} turns it off)
 */
record FaceThroughputOptions(
        Path manifest, List<Integer> threads, Timing timing, Path peerDir, String node, boolean peer) {
    static final String USAGE = "usage: face-throughput --manifest manifest.csv [--threads 1,2] [--seconds 10]"
            + " [--warmup-seconds 5] [--peer-dir tools/face-bench] [--node node] [--no-peer]";

    FaceThroughputOptions {
        threads = List.copyOf(threads);
        if (threads.isEmpty() || threads.stream().anyMatch(t -> t < 1)) {
            throw new IllegalArgumentException("--threads needs counts of at least 1: " + threads);
        }
    }

    static FaceThroughputOptions parse(List<String> args) {
        Path manifest = null;
        List<Integer> threads = List.of(1, 2);
        double warmup = 5;
        double seconds = 10;
        Path peerDir = Files.isDirectory(Path.of("tools/face-bench"))
                ? Path.of("tools/face-bench")
                : Path.of("../tools/face-bench");
        String node = "node";
        boolean peer = true;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            switch (arg) {
                case "--no-peer" -> peer = false;
                case "--manifest" -> manifest = Path.of(FaceEvalOptions.value(args, ++i, arg));
                case "--threads" ->
                    threads = Arrays.stream(
                                    FaceEvalOptions.value(args, ++i, arg).split(","))
                            .map(Integer::valueOf)
                            .toList();
                case "--seconds" -> seconds = Double.parseDouble(FaceEvalOptions.value(args, ++i, arg));
                case "--warmup-seconds" -> warmup = Double.parseDouble(FaceEvalOptions.value(args, ++i, arg));
                case "--peer-dir" -> peerDir = Path.of(FaceEvalOptions.value(args, ++i, arg));
                case "--node" -> node = FaceEvalOptions.value(args, ++i, arg);
                default -> throw new IllegalArgumentException("unknown argument " + arg + "\n" + USAGE);
            }
        }
        if (manifest == null) {
            throw new IllegalArgumentException(USAGE);
        }
        return new FaceThroughputOptions(
                manifest.toAbsolutePath().normalize(), threads, new Timing(warmup, seconds), peerDir, node, peer);
    }
}
