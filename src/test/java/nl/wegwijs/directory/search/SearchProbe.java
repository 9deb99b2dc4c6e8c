package nl.wegwijs.directory.search;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.bench.BenchQueries;
import nl.wegwijs.bench.SyntheticDirectory;
import nl.wegwijs.directory.hsds.Hsds;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * A quick look at in-process search latency without the portal or PostgreSQL: builds the index
 * from synthetic services in memory and runs the benchmark's query mix. For profiling while
 * working on the searcher; the figures of record come from bench/directory.sh.
 *
 * <pre>java ... nl.wegwijs.directory.search.SearchProbe [serviceAtLocations] [rounds]</pre>
 */
public final class SearchProbe {

    public static void main(String[] args) throws Exception {
        int scale = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        DefaultResourceLoader resources = new DefaultResourceLoader();
        SearchVocabulary vocabulary = SearchVocabulary.load(resources, "classpath:content/");
        Postcodes postcodes = Postcodes.load(resources.getResource("classpath:content/directory/meppel/postcodes.tsv"));
        try (DirectoryIndex index = index(scale, vocabulary)) {
            DirectorySearcher searcher = new DirectorySearcher(index, vocabulary);
            List<BenchQueries.Run> mix = BenchQueries.mix(postcodes.locate("7941").orElseThrow());
            for (int i = 0; i < 3 * mix.size(); i++) {
                searcher.search(mix.get(i % mix.size()).request(), BenchQueries.NOW);
            }
            List<Long> all = new ArrayList<>();
            Map<BenchQueries.Variant, List<Long>> byVariant = new EnumMap<>(BenchQueries.Variant.class);
            Map<String, List<Long>> byText = new java.util.HashMap<>();
            // Work per search on all cores: steadier than wall time when the machine is shared.
            var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                    .getOperatingSystemMXBean();
            long cpu = os.getProcessCpuTime();
            for (int r = 0; r < rounds; r++) {
                for (BenchQueries.Run run : mix) {
                    long t = System.nanoTime();
                    searcher.search(run.request(), BenchQueries.NOW);
                    long took = System.nanoTime() - t;
                    all.add(took);
                    byVariant.computeIfAbsent(run.variant(), k -> new ArrayList<>()).add(took);
                    byText.computeIfAbsent(run.query().text(), k -> new ArrayList<>()).add(took);
                }
            }
            double mixCpu = (os.getProcessCpuTime() - cpu) / 1e6 / all.size();
            List<Long> locations = new ArrayList<>();
            Postcodes.Point near = postcodes.locate("7941").orElseThrow();
            // Two rounds of warm-up, as the benchmark skips them.
            for (int r = 0; r < 2; r++) {
                for (BenchQueries.Query query : BenchQueries.QUERIES) {
                    searcher.searchLocations(BenchQueries.locations(query, near), BenchQueries.NOW);
                }
            }
            cpu = os.getProcessCpuTime();
            for (int r = 0; r < rounds; r++) {
                for (BenchQueries.Query query : BenchQueries.QUERIES) {
                    long t = System.nanoTime();
                    searcher.searchLocations(BenchQueries.locations(query, near), BenchQueries.NOW);
                    locations.add(System.nanoTime() - t);
                }
            }
            double locationsCpu = (os.getProcessCpuTime() - cpu) / 1e6 / locations.size();
            System.out.printf(Locale.ROOT, "CPU time per search (all threads): mix %.2f ms, searchLocations %.2f ms%n",
                    mixCpu, locationsCpu);
            print("searchLocations", locations);
            // Browsing: no text, one category ticked, as the benchmark measures it.
            List<Long> browse = new ArrayList<>();
            List<String> categories = BenchQueries.CATEGORY_CODES;
            for (int i = 0; i < categories.size() * (rounds + 2); i++) {
                long t = System.nanoTime();
                searcher.search(BenchQueries.browse(categories.get(i % categories.size())), BenchQueries.NOW);
                if (i >= categories.size() * 2) {
                    browse.add(System.nanoTime() - t);
                }
            }
            print("browse (no text, one category)", browse);
            print("all", all);
            byVariant.forEach((variant, samples) -> print(variant.name(), samples));
            byText.entrySet().stream()
                    .sorted(java.util.Comparator.comparingLong(e -> -e.getValue().stream().mapToLong(Long::longValue).sum()))
                    .limit(10).forEach(e -> print(e.getKey() + " (" + searcher.search(
                            nl.wegwijs.directory.search.SearchRequest.text(e.getKey()), BenchQueries.NOW).totalServices()
                            + ")", e.getValue()));
        }
    }

    /**
     * Builds the index at {@code scale} and returns a runner for bench/ab-probe.sh, which loads two
     * versions of the code side by side: {@code (kind, i)} runs the {@code i}-th search of a kind
     * ("mix", "locations" or "browse", wrapping around) and returns its wall time in nanoseconds.
     */
    public static java.util.function.ToLongBiFunction<String, Integer> runner(int scale) throws Exception {
        DefaultResourceLoader resources = new DefaultResourceLoader();
        SearchVocabulary vocabulary = SearchVocabulary.load(resources, "classpath:content/");
        Postcodes postcodes = Postcodes.load(resources.getResource("classpath:content/directory/meppel/postcodes.tsv"));
        DirectoryIndex index = index(scale, vocabulary);
        DirectorySearcher searcher = new DirectorySearcher(index, vocabulary);
        Postcodes.Point near = postcodes.locate("7941").orElseThrow();
        List<BenchQueries.Run> mix = BenchQueries.mix(near);
        List<String> categories = BenchQueries.CATEGORY_CODES;
        return (kind, i) -> {
            long start = System.nanoTime();
            switch (kind) {
                case "mix" -> searcher.search(mix.get(i % mix.size()).request(), BenchQueries.NOW);
                case "locations" -> searcher.searchLocations(BenchQueries.locations(
                        BenchQueries.QUERIES.get(i % BenchQueries.QUERIES.size()), near), BenchQueries.NOW);
                case "browse" -> searcher.search(BenchQueries.browse(categories.get(i % categories.size())),
                        BenchQueries.NOW);
                default -> throw new IllegalArgumentException(kind);
            }
            return System.nanoTime() - start;
        };
    }

    /** An index of {@code scale} synthetic service-at-locations in a temporary folder. */
    private static DirectoryIndex index(int scale, SearchVocabulary vocabulary) throws java.io.IOException {
        DirectoryIndex index = new DirectoryIndex(Files.createTempDirectory("search-probe"), vocabulary);
        List<Hsds.Service> services = new SyntheticDirectory().services(scale);
        long start = System.nanoTime();
        index.rebuild(consumer -> {
            for (int from = 0; from < services.size(); from += 500) {
                consumer.accept(services.subList(from, Math.min(services.size(), from + 500)));
            }
        }, "probe");
        System.out.printf(Locale.ROOT, "%d services indexed in %.1f s%n", services.size(),
                (System.nanoTime() - start) / 1e9);
        return index;
    }

    private static void print(String label, List<Long> samples) {
        long[] sorted = samples.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "%-36s n=%5d p50 %7.2f  p95 %7.2f  p99 %7.2f ms%n", label, sorted.length,
                at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99));
    }

    private static double at(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
