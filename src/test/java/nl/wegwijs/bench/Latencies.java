package nl.wegwijs.bench;

import java.util.Arrays;
import java.util.Locale;

/** Latency samples in nanoseconds, summarised with nearest-rank percentiles in milliseconds. */
final class Latencies {

    private long[] samples = new long[256];
    private int size;

    void add(long nanos) {
        if (size == samples.length) {
            samples = Arrays.copyOf(samples, size * 2);
        }
        samples[size++] = nanos;
    }

    int count() {
        return size;
    }

    /** Adds these samples to another set. */
    void copyTo(Latencies other) {
        for (int i = 0; i < size; i++) {
            other.add(samples[i]);
        }
    }

    Summary summary() {
        long[] sorted = Arrays.copyOf(samples, size);
        Arrays.sort(sorted);
        double total = 0;
        for (long sample : sorted) {
            total += sample;
        }
        return new Summary(size, ms(percentile(sorted, 50)), ms(percentile(sorted, 95)), ms(percentile(sorted, 99)),
                size == 0 ? Double.NaN : ms(sorted[size - 1]), size == 0 ? Double.NaN : total / size / 1e6);
    }

    /** Nearest rank: the smallest sample with at least p% of the samples at or below it. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return -1;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length, rank) - 1)];
    }

    private static double ms(long nanos) {
        return nanos < 0 ? Double.NaN : nanos / 1e6;
    }

    /** Milliseconds. */
    record Summary(int n, double p50, double p95, double p99, double max, double mean) {

        String cells() {
            return String.format(Locale.ROOT, "%,d | %s | %s | %s | %s", n, fmt(p50), fmt(p95), fmt(p99), fmt(max));
        }

        static String fmt(double ms) {
            if (Double.isNaN(ms)) {
                return "–";
            }
            if (ms >= 100) {
                return String.format(Locale.ROOT, "%,.0f", ms);
            }
            if (ms >= 10) {
                return String.format(Locale.ROOT, "%.1f", ms);
            }
            return String.format(Locale.ROOT, "%.2f", ms);
        }
    }
}
