package org.amparo.bench.centre;

import java.util.Arrays;
import java.util.Locale;
import org.amparo.bench.SuppressForbidden;

/** Milliseconds of one kind, gathered over a run; not thread-safe. */
@SuppressForbidden(reason = "a load tool prints its results")
final class Samples {
    private double[] values = new double[1024];
    private int size;
    private boolean sorted;

    static Samples of(double[] values) {
        Samples samples = new Samples();
        samples.addAll(values);
        return samples;
    }

    void addAll(double[] more) {
        if (size + more.length > values.length) {
            values = Arrays.copyOf(values, Math.max(values.length * 2, size + more.length));
        }
        System.arraycopy(more, 0, values, size, more.length);
        size += more.length;
        sorted = false;
    }

    int size() {
        return size;
    }

    /** The nearest-rank percentile, or NaN when empty. */
    double percentile(double p) {
        if (size == 0) {
            return Double.NaN;
        }
        sort();
        int rank = (int) Math.ceil(p / 100.0 * size);
        return values[Math.max(0, Math.min(size - 1, rank - 1))];
    }

    long countAbove(double limit) {
        return Arrays.stream(values, 0, size).filter(v -> v > limit).count();
    }

    void print(String name) {
        System.out.printf(
                Locale.ROOT,
                "  %s %,8d samples  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms%n",
                name,
                size,
                percentile(50),
                percentile(95),
                percentile(99),
                percentile(100));
    }

    private void sort() {
        if (!sorted) {
            Arrays.sort(values, 0, size);
            sorted = true;
        }
    }
}
