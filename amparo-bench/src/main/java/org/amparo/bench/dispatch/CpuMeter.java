package org.amparo.bench.dispatch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU seconds of a process and of all PostgreSQL processes, read from Linux's /proc. */
final class CpuMeter {
    private static final double TICKS_PER_SECOND = 100;

    private CpuMeter() {}

    /** User plus system CPU seconds of {@code pid}, or NaN when it cannot be read. */
    static double seconds(long pid) {
        try {
            return ticks(Path.of("/proc", Long.toString(pid), "stat")) / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    /** User plus system CPU seconds of every process named {@code postgres}. */
    static double postgresSeconds() {
        return namedSeconds("postgres");
    }

    /** User plus system CPU seconds of every process whose name starts with {@code prefix}. */
    static double namedSeconds(String prefix) {
        double total = 0;
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                try {
                    String comm = Files.readString(process.resolve("comm"), StandardCharsets.US_ASCII)
                            .strip();
                    if (comm.startsWith(prefix)) {
                        total += ticks(process.resolve("stat"));
                    }
                } catch (IOException | RuntimeException e) {
                    // the process ended while being read
                }
            }
        } catch (IOException e) {
            return Double.NaN;
        }
        return total / TICKS_PER_SECOND;
    }

    private static long ticks(Path stat) throws IOException {
        String text = Files.readString(stat, StandardCharsets.US_ASCII);
        String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
        // after the command: state is field 3 of the stat line, utime 14 and stime 15
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }
}
