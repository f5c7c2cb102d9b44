package org.amparo.bench.dispatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU used by the server, PostgreSQL and Chromium between {@link #start} and {@link #stop}, in cores, and a
 * process's resident memory; from Linux's /proc.
 */
public final class ProcessMeter {
    /** Cores used on average over the interval. */
    public record Reading(double serverCores, double postgresCores, double chromiumCores) {}

    private final long pid;
    private final long startedNanos;
    private final double server0;
    private final double postgres0;
    private final double chromium0;

    private ProcessMeter(long pid) {
        this.pid = pid;
        this.startedNanos = System.nanoTime();
        this.server0 = CpuMeter.seconds(pid);
        this.postgres0 = CpuMeter.postgresSeconds();
        this.chromium0 = CpuMeter.namedSeconds("chrom");
    }

    public static ProcessMeter start(long pid) {
        return new ProcessMeter(pid);
    }

    public Reading stop() {
        double elapsed = (System.nanoTime() - startedNanos) / 1e9;
        return new Reading(
                (CpuMeter.seconds(pid) - server0) / elapsed,
                (CpuMeter.postgresSeconds() - postgres0) / elapsed,
                (CpuMeter.namedSeconds("chrom") - chromium0) / elapsed);
    }

    /** The resident set size of {@code pid} in bytes, or 0 when it cannot be read. */
    public static long rssBytes(long pid) {
        try {
            for (String line :
                    Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"), StandardCharsets.US_ASCII)) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }
}
