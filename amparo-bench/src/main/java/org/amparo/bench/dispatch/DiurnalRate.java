package org.amparo.bench.dispatch;

/**
 * The arrival rate of emergencies over a day: a floor plus a bell around 14:00, scaled so that the
 * day's mean is the given daily count / 86,400 s and the peak five times the mean, as the issue
 * describes ECU 911's load. Immutable.
 */
final class DiurnalRate {
    private static final double PEAK_HOUR = 14;
    private static final double WIDTH_HOURS = 2.2;

    private final double floor;
    private final double scale;

    DiurnalRate(double perDay, double peakToMean) {
        // mean of the bell over 24 h, computed numerically
        double bellMean = 0;
        int steps = 24 * 60;
        for (int i = 0; i < steps; i++) {
            bellMean += bell(24.0 * i / steps);
        }
        bellMean /= steps;
        // (floor + 1) / (floor + bellMean) = peakToMean
        this.floor = (1 - peakToMean * bellMean) / (peakToMean - 1);
        double mean = perDay / 86_400.0;
        this.scale = mean / (floor + bellMean);
    }

    private static double bell(double hour) {
        double x = (hour - PEAK_HOUR) / WIDTH_HOURS;
        return Math.exp(-x * x);
    }

    /** Emergencies per second of day time at {@code hour} (0..24). */
    double perSecond(double hour) {
        return scale * (floor + bell(hour));
    }

    /** The highest rate of the day, per second. */
    double peakPerSecond() {
        return perSecond(PEAK_HOUR);
    }
}
