import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongBiFunction;

/**
 * Compares two versions of the searcher in one JVM, search by search, so that the machine's
 * changing speed affects both alike. See bench/ab-probe.sh.
 */
public class ABProbe {

    public static void main(String[] args) throws Exception {
        Path a = Path.of(args[0]);
        Path b = Path.of(args[1]);
        int scale = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        List<URL> dependencies = new ArrayList<>();
        for (String jar : Files.readString(a.resolve("target/bench/classpath.txt")).trim().split(":")) {
            dependencies.add(Path.of(jar).toUri().toURL());
        }
        ClassLoader shared = new URLClassLoader(dependencies.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        ToLongBiFunction<String, Integer> first = runner(a, shared, scale);
        ToLongBiFunction<String, Integer> second = runner(b, shared, scale);
        for (String kind : new String[] {"mix", "locations", "browse"}) {
            int perRound = kind.equals("mix") ? 210 : kind.equals("locations") ? 42 : 17;
            for (int i = 0; i < 3 * perRound; i++) {
                first.applyAsLong(kind, i);
                second.applyAsLong(kind, i);
            }
            long[][] times = new long[2][rounds * perRound];
            int n = 0;
            for (int r = 0; r < rounds; r++) {
                for (int i = 0; i < perRound; i++, n++) {
                    // Alternate which goes first.
                    if ((n & 1) == 0) {
                        times[0][n] = first.applyAsLong(kind, i);
                        times[1][n] = second.applyAsLong(kind, i);
                    } else {
                        times[1][n] = second.applyAsLong(kind, i);
                        times[0][n] = first.applyAsLong(kind, i);
                    }
                }
            }
            int faster = 0;
            for (int i = 0; i < n; i++) {
                if (times[1][i] < times[0][i]) {
                    faster++;
                }
            }
            System.out.printf(Locale.ROOT, "%-10s A %s | B %s | B faster in %d%% of pairs%n", kind,
                    summary(times[0]), summary(times[1]), 100 * faster / n);
        }
        System.exit(0);
    }

    private static ToLongBiFunction<String, Integer> runner(Path root, ClassLoader shared, int scale) throws Exception {
        URLClassLoader loader = new URLClassLoader(new URL[] {root.resolve("target/classes/").toUri().toURL(),
                root.resolve("target/test-classes/").toUri().toURL()}, shared);
        // The code reads its content from the context class loader, as in the portal.
        Thread.currentThread().setContextClassLoader(loader);
        @SuppressWarnings("unchecked")
        ToLongBiFunction<String, Integer> runner = (ToLongBiFunction<String, Integer>) loader
                .loadClass("nl.wegwijs.directory.search.SearchProbe").getMethod("runner", int.class).invoke(null, scale);
        return (kind, i) -> {
            Thread.currentThread().setContextClassLoader(loader);
            return runner.applyAsLong(kind, i);
        };
    }

    private static String summary(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return String.format(Locale.ROOT, "p50 %5.2f p95 %5.2f p99 %5.2f mean %5.2f ms", at(sorted, 0.5),
                at(sorted, 0.95), at(sorted, 0.99), mean);
    }

    private static double at(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
