package org.amparo.bench.dispatch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.amparo.bench.SuppressForbidden;

/** Request latencies of one kind, in nanoseconds; thread-safe. */
@SuppressForbidden(reason = "a load tool prints its results")
final class Latencies {
    private final List<Long> nanos = new ArrayList<>();

    synchronized void add(long value) {
        nanos.add(value);
    }

    synchronized void print(String name) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(
                Locale.ROOT,
                "  %-44s %6d requests  p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
                name,
                sorted.length,
                percentile(sorted, 50),
                percentile(sorted, 99),
                sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
