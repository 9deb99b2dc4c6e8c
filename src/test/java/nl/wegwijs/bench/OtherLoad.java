package nl.wegwijs.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How much of the machine other processes use while the benchmark measures (the machine may be
 * shared with builds and tests): the machine's busy CPU share from /proc/stat minus this JVM's
 * own CPU time. Also waits, within a limit, for the machine to become quiet before a measurement.
 */
final class OtherLoad {

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final double QUIET = 0.15;

    /** A reading of the machine's and this process's CPU counters. */
    record Snapshot(long busyJiffies, long totalJiffies, long processCpuNanos, long wallNanos) {
    }

    private OtherLoad() {
    }

    static Snapshot now() {
        long busy = 0;
        long total = 0;
        try {
            String[] fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            for (int i = 1; i < fields.length && i <= 8; i++) {
                long value = Long.parseLong(fields[i]);
                total += value;
                if (i != 4 && i != 5) {
                    busy += value; // all but idle and iowait
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: report nothing
        }
        long process = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : 0;
        return new Snapshot(busy, total, process, System.nanoTime());
    }

    /** Share of the whole machine (all cores) used by other processes between the two readings, 0–1. */
    static double othersShare(Snapshot from, Snapshot to) {
        long total = to.totalJiffies() - from.totalJiffies();
        long wall = to.wallNanos() - from.wallNanos();
        if (total <= 0 || wall <= 0) {
            return Double.NaN;
        }
        double machineBusy = (to.busyJiffies() - from.busyJiffies()) / (double) total;
        double ours = (to.processCpuNanos() - from.processCpuNanos()) / (double) wall / CORES;
        return Math.max(0, machineBusy - ours);
    }

    /**
     * Waits until other processes use less than 15% of the machine over 3 s, at most
     * {@code maxSeconds}; returns the seconds waited.
     */
    static long awaitQuiet(long maxSeconds) throws InterruptedException {
        long started = System.nanoTime();
        boolean told = false;
        for (int check = 0; ; check++) {
            Snapshot from = now();
            Thread.sleep(3_000);
            double share = othersShare(from, now());
            long waited = (System.nanoTime() - started) / 1_000_000_000L;
            if (Double.isNaN(share) || share < QUIET || waited >= maxSeconds) {
                return check == 0 ? 0 : waited;
            }
            if (!told) {
                DirectorySearchBenchmark.log(String.format(java.util.Locale.ROOT,
                        "Other processes use %.0f%% of the machine; waiting up to %d s for quiet", share * 100,
                        maxSeconds));
                told = true;
            }
        }
    }
}
