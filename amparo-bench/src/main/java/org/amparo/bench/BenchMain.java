package org.amparo.bench;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and prints, besides JMH's table, each Amparo result as a ratio to its peer
 * measured in the same run: {@code java -cp ... org.amparo.bench.BenchMain [regex]}.
 */
@SuppressForbidden(reason = "a benchmark runner prints its results")
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(args.length > 0 ? args[0] : "org.amparo.bench.*")
                .forks(1)
                .warmupIterations(2)
                .warmupTime(TimeValue.seconds(3))
                .measurementIterations(5)
                .measurementTime(TimeValue.seconds(3))
                .threads(1)
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
                                "  %-40s %10.0f  vs %-28s %10.0f  ratio %.2f%n",
                                label,
                                score,
                                peer.getKey(),
                                peer.getValue(),
                                score / peer.getValue()));
            }
        });
    }
}
