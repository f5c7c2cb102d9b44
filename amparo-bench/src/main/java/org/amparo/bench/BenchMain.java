package org.amparo.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.amparo.bench.face.FaceEval;
import org.amparo.bench.face.FacePairs;
import org.amparo.bench.face.FaceThroughput;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints, besides JMH's table, each Amparo result as a ratio to its peer
 * measured in the same run: {@code java -cp ... org.amparo.bench.BenchMain [regex] [JMH options]}.
 * Any of JMH's own command-line options ({@code -f 1 -wi 1 -i 2 -r 5s -t 2 -p zones=1000}) overrides
 * the defaults here: 1 fork, 2 warmup and 5 measurement iterations of 3 s, 1 thread.
 *
 * <p>A first argument naming a command runs that command instead (the jar's other entry points):
 * {@code face-eval} ({@link FaceEval}), {@code face-pairs} ({@link FacePairs}) and {@code
 * face-throughput} ({@link FaceThroughput}).
 */
@SuppressForbidden(reason = "a benchmark runner prints its results")
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws Exception {
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (args.length == 0 ? "" : args[0]) {
            case "face-eval" -> FaceEval.main(rest);
            case "face-pairs" -> FacePairs.main(rest);
            case "face-throughput" -> FaceThroughput.main(rest);
            default -> runJmh(args);
        }
    }

    private static void runJmh(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions given = new CommandLineOptions(args);
        OptionsBuilder builder = new OptionsBuilder();
        if (given.getIncludes().isEmpty()) {
            builder.include("org.amparo.bench.*");
        }
        Options options = builder.forks(given.getForkCount().orElse(1))
                .warmupIterations(given.getWarmupIterations().orElse(2))
                .warmupTime(given.getWarmupTime().orElse(TimeValue.seconds(3)))
                .measurementIterations(given.getMeasurementIterations().orElse(5))
                .measurementTime(given.getMeasurementTime().orElse(TimeValue.seconds(3)))
                .threads(given.getThreads().orElse(1))
                .parent(given)
                .build();
        print(new Runner(options).run());
    }

    private static void print(Collection<RunResult> results) {
        Map<String, Double> scores = new TreeMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark().replaceAll(".*\\.", "") + " "
                    + String.join(
                            ",",
                            result.getParams().getParamsKeys().stream()
                                    .map(k -> result.getParams().getParam(k))
                                    .toList());
            scores.put(label, result.getPrimaryResult().getScore());
        }
        System.out.println();
        System.out.println("Amparo vs peer (same run, ops/s; ratio > 1 means Amparo is faster):");
        scores.forEach((label, score) -> {
            if (label.startsWith("amparo")) {
                String params = label.substring(label.indexOf(' ') + 1);
                scores.entrySet().stream()
                        .filter(e -> e.getKey().startsWith("peer") && e.getKey().endsWith(" " + params))
                        .forEach(peer -> System.out.printf(
                                Locale.ROOT,
                                "  %-34s %10.0f  vs %-36s %10.0f  ratio %.2f%n",
                                label,
                                score,
                                peer.getKey(),
                                peer.getValue(),
                                score / peer.getValue()));
            }
        });
    }
}
