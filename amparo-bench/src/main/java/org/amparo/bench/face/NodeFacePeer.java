package org.amparo.bench.face;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.amparo.face.embed.FaceEmbedding;

/**
 * Runs {@code tools/face-bench/face-bench.cjs} (face-api 1.7.15 on the TensorFlow.js wasm backend,
 * the same BlazeFace and dlib ResNet networks) as a subprocess and reads its result lines. Its
 * progress goes to this process's standard error.
 *
 * @param node the {@code node} executable
 * @param script the peer script; its {@code node_modules} must be installed ({@code npm ci})
 */
record NodeFacePeer(String node, Path script) {

    /**
     * What one run measured.
     *
     * @param backend the TensorFlow.js backend that ran (expected: wasm)
     * @param imagesPerSecond summed over the workers
     * @param images images analysed in the measured window, all workers
     * @param descriptors face-api's descriptor of the central face of each of the first images
     */
    record Result(String backend, double imagesPerSecond, long images, Map<Path, FaceEmbedding> descriptors) {}

    /** The peer under {@code dir}, or why it cannot run. */
    static Optional<String> unavailable(Path dir) {
        if (!Files.isRegularFile(dir.resolve("face-bench.cjs"))) {
            return Optional.of("no peer script " + dir.resolve("face-bench.cjs").toAbsolutePath()
                    + " (run from the repository root or pass --peer-dir)");
        }
        if (!Files.isDirectory(dir.resolve("node_modules/@vladmandic/face-api"))) {
            return Optional.of("peer not installed: run (cd " + dir + " && npm ci)");
        }
        return Optional.empty();
    }

    /** One run with {@code workers} worker threads, returning after warm-up and measurement. */
    Result run(Path manifest, int workers, Timing timing, int descriptors) throws IOException {
        List<String> command = List.of(
                node,
                script.toString(),
                "--manifest",
                manifest.toString(),
                "--workers",
                Integer.toString(workers),
                "--warmup-seconds",
                Double.toString(timing.warmupSeconds()),
                "--seconds",
                Double.toString(timing.seconds()),
                "--descriptors",
                Integer.toString(descriptors));
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().forEach(lines::add);
        }
        try {
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IOException("face-bench.cjs exited with " + exit + " (its error is printed above)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroy();
            throw new IOException("interrupted while waiting for face-bench.cjs", e);
        }
        return parse(lines);
    }

    static Result parse(List<String> lines) throws IOException {
        String[] result = null;
        Map<Path, FaceEmbedding> descriptors = new LinkedHashMap<>();
        for (String line : lines) {
            String[] cells = line.split("\t");
            if (cells[0].equals("result") && cells.length == 7) {
                result = cells;
            } else if (cells[0].equals("descriptor") && cells.length == 3) {
                String[] values = cells[2].split(",");
                float[] raw = new float[values.length];
                for (int i = 0; i < values.length; i++) {
                    raw[i] = Float.parseFloat(values[i]);
                }
                descriptors.put(Path.of(cells[1]), FaceEmbedding.normalise(raw));
            }
        }
        if (result == null) {
            throw new IOException("face-bench.cjs printed no result line: " + lines);
        }
        return new Result(result[1], Double.parseDouble(result[5]), Long.parseLong(result[3]), descriptors);
    }

    /**
     * Warm-up and measured durations, in seconds, both positive.
     *
     * @param warmupSeconds run before measuring, so that both runtimes have compiled their code
     * @param seconds the measured window
     */
    record Timing(double warmupSeconds, double seconds) {
        Timing {
            if (!(warmupSeconds >= 0 && seconds > 0)) {
                throw new IllegalArgumentException("warm-up must be >= 0 and the window > 0 seconds");
            }
        }
    }
}
