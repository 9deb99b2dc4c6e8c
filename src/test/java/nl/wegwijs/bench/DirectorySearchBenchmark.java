package nl.wegwijs.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import nl.wegwijs.WegwijsApplication;
import nl.wegwijs.bench.BenchQueries.Query;
import nl.wegwijs.bench.BenchQueries.Run;
import nl.wegwijs.bench.BenchQueries.Variant;
import nl.wegwijs.directory.Directory;
import nl.wegwijs.directory.DirectoryImport;
import nl.wegwijs.directory.ImportMode;
import nl.wegwijs.directory.ImportSummary;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.hsds.HsdsJson;
import nl.wegwijs.directory.search.DirectoryIndex;
import nl.wegwijs.directory.search.DirectorySearcher;
import nl.wegwijs.directory.search.Postcodes;
import nl.wegwijs.directory.search.SearchRequest;
import nl.wegwijs.directory.search.SearchResponse;
import nl.wegwijs.directory.store.DirectoryStore;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.flywaydb.core.Flyway;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Benchmark of the sociale kaart search (not a test; run by {@code bench/directory.sh}). For each
 * scale (number of service_at_locations, default 1k, 10k and 100k) it boots the real portal on a
 * random port against a freshly cleaned PostgreSQL database, imports synthetic Dutch-like HSDS data
 * through {@link DirectoryImport} (2,000 services per call), rebuilds the index, and measures:
 * search latency in-process ({@link DirectorySearcher}) and over HTTP (the HSDS API), PostgreSQL
 * full-text search on the same rows in the same run, index build time and size, heap, and the
 * near-real-time update latency. Prints a Markdown section and appends it to docs/benchmarks.md.
 *
 * <p>Settings (environment): BENCH_DB_URL, BENCH_DB_USER, BENCH_DB_PASSWORD (default the local
 * {@code wegwijs_bench} database, user/password wegwijs), BENCH_DOCS (file to append the section
 * to, default docs/benchmarks.md, {@code -} for none), BENCH_PG_BUDGET_SECONDS (time per PostgreSQL
 * variant and scale, default 40; at least one pass over all queries is always made),
 * BENCH_QUIET_WAIT_SECONDS (how long to wait, before the in-process and HTTP measurements, for other
 * processes to leave the machine quiet; default 120), BENCH_COMMAND (the command line to report).
 */
public final class DirectorySearchBenchmark {

    static final int IMPORT_BATCH = 2_000;
    static final int WARMUP_SEARCHES = 500;
    /**
     * Warm-up also lasts at least this long: right after start-up 500 searches of a small index
     * take under two seconds, before the JIT has compiled the search code (the first scale then
     * measured the compiler, not the searcher: 1k was slower than 10k).
     */
    static final int WARMUP_SECONDS = 10;
    static final int MIN_SEARCHES = 2_000;
    static final int HTTP_WARMUP = 100;
    static final int MIN_HTTP_REQUESTS = 1_000;
    static final int NRT_ROUNDS = 20;
    static final int PG_TARGET_SAMPLES = 420;
    static final int PG_MIN_SAMPLES = 12;
    static final int PG_STRIDE = 5;

    static final String PG_PLAIN = """
            SELECT s.id FROM directory_service s JOIN directory_organization o ON o.id = s.organization_id,
                   plainto_tsquery('dutch', ?) q
            WHERE s.status = 'active'
              AND to_tsvector('dutch', s.name || ' ' || coalesce(s.description, '') || ' ' || o.name) @@ q
            ORDER BY ts_rank(to_tsvector('dutch', s.name || ' ' || coalesce(s.description, '') || ' ' || o.name), q) DESC
            LIMIT 10""";
    static final String PG_EXPRESSION_INDEX = """
            CREATE INDEX bench_service_text_fts ON directory_service
                USING GIN (to_tsvector('dutch', name || ' ' || coalesce(description, '')))""";
    static final String PG_EXPRESSION = """
            SELECT s.id FROM directory_service s JOIN directory_organization o ON o.id = s.organization_id,
                   plainto_tsquery('dutch', ?) q
            WHERE s.status = 'active'
              AND to_tsvector('dutch', s.name || ' ' || coalesce(s.description, '')) @@ q
            ORDER BY ts_rank(to_tsvector('dutch', s.name || ' ' || coalesce(s.description, '') || ' ' || o.name), q) DESC
            LIMIT 10""";
    static final String PG_STORED_VIEW = """
            CREATE MATERIALIZED VIEW bench_service_fts AS
            SELECT s.id, s.status,
                   to_tsvector('dutch', s.name || ' ' || coalesce(s.description, '') || ' ' || o.name) AS document
            FROM directory_service s JOIN directory_organization o ON o.id = s.organization_id""";
    static final String PG_STORED_INDEX = "CREATE INDEX bench_service_fts_document ON bench_service_fts USING GIN (document)";
    static final String PG_STORED = """
            SELECT f.id FROM bench_service_fts f, plainto_tsquery('dutch', ?) q
            WHERE f.status = 'active' AND f.document @@ q
            ORDER BY ts_rank(f.document, q) DESC
            LIMIT 10""";

    private final String dbUrl = env("BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/wegwijs_bench");
    private final String dbUser = env("BENCH_DB_USER", "wegwijs");
    private final String dbPassword = env("BENCH_DB_PASSWORD", "wegwijs");
    private final long quietWaitSeconds = Long.parseLong(env("BENCH_QUIET_WAIT_SECONDS", "120"));
    private final long pgBudgetNanos = Duration.ofSeconds(Long.parseLong(env("BENCH_PG_BUDGET_SECONDS", "40"))).toNanos();
    private final SyntheticDirectory generator = new SyntheticDirectory();
    private long blackhole;

    public static void main(String[] args) throws Exception {
        List<Integer> scales = args.length == 0 ? List.of(1_000, 10_000, 100_000)
                : Arrays.stream(args).map(a -> Integer.parseInt(a.replace("_", ""))).toList();
        String command = env("BENCH_COMMAND", "bench/directory.sh " + String.join(" ", args)).strip();
        DirectorySearchBenchmark benchmark = new DirectorySearchBenchmark();
        Instant started = Instant.now();
        DirectoryBenchReport.Machine machine = DirectoryBenchReport.Machine.describe();
        List<ScaleResult> results = new ArrayList<>();
        for (int scale : scales) {
            results.add(benchmark.runScale(scale));
        }
        String postgres = benchmark.postgresDescription();
        String markdown = new DirectoryBenchReport(command, machine, postgres, results,
                Duration.between(started, Instant.now())).markdown();
        System.out.println();
        System.out.println(markdown);
        Path out = Path.of("target", "bench", "directory-search-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")) + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, markdown);
        log("Section written to " + out.toAbsolutePath());
        String docs = env("BENCH_DOCS", "docs/benchmarks.md");
        if (!"-".equals(docs)) {
            Files.writeString(Path.of(docs), "\n" + markdown, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            log("Section appended to " + docs);
        }
        System.exit(0);
    }

    /** Everything measured at one scale. */
    static final class ScaleResult {
        int scale;
        int services;
        int activeServices;
        int organizations;
        int withoutLocation;
        IndexStats afterImport;
        IndexStats afterRebuild;
        double importSeconds;
        int importCalls;
        boolean analyzedAfterImports;
        double rebuildMemorySeconds;
        double rebuildDatabaseSeconds;
        double heapBeforeMb;
        double heapAfterMb;
        String loadBefore;
        String loadAfter;
        Latencies.Summary mixed;
        Latencies.Summary mixedCpu;
        final Map<Variant, Latencies.Summary> variants = new EnumMap<>(Variant.class);
        final Map<Variant, Latencies.Summary> variantsCpu = new EnumMap<>(Variant.class);
        /** Per phase: share of the machine other processes used, and seconds waited for quiet before it. */
        final Map<String, double[]> othersShare = new LinkedHashMap<>();
        Latencies.Summary browse;
        Latencies.Summary locations;
        Latencies.Summary servicesLoaded;
        Latencies.Summary httpServices;
        Latencies.Summary httpLocations;
        Latencies.Summary httpPortal;
        long httpPortalBytes;
        long httpServicesBytes;
        long httpLocationsBytes;
        long medianMatches;
        int zeroResultQueries;
        final List<String[]> slowest = new ArrayList<>();
        final Map<String, PgResult> postgres = new LinkedHashMap<>();
        Latencies.Summary nrtImport;
        Latencies.Summary nrtImportSearch;
        Latencies.Summary nrtImportTotal;
        int nrtImportFound;
        Latencies.Summary nrtSave;
        Latencies.Summary nrtSaveTotal;
        int nrtSaveFound;
    }

    record IndexStats(long bytes, int files, int segments, int documents) {
    }

    record PgResult(String label, double setupSeconds, boolean indexUsed, Latencies.Summary latency, int zeroResults,
            int distinctQueries) {
    }

    ScaleResult runScale(int scale) throws Exception {
        ScaleResult result = new ScaleResult();
        result.scale = scale;
        result.loadBefore = loadAverage();
        log("==== " + String.format(Locale.ROOT, "%,d", scale) + " service_at_locations ====");
        cleanDatabase();
        Path dataDir = Files.createTempDirectory("wegwijs-bench-");
        try (ConfigurableApplicationContext context = boot(dataDir)) {
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    "benchmark", "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
            DirectoryImport importer = context.getBean(DirectoryImport.class);
            DirectoryIndex index = context.getBean(DirectoryIndex.class);
            DirectoryStore store = context.getBean(DirectoryStore.class);
            DirectorySearcher searcher = context.getBean(DirectorySearcher.class);
            Directory directory = context.getBean(Directory.class);
            Postcodes.Point near = context.getBean(Postcodes.class).locate(BenchQueries.POSTCODE).orElseThrow();
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            Path indexRoot = dataDir.resolve("index").resolve("directory");
            result.heapBeforeMb = heapUsedAfterGc();

            List<Hsds.Service> services = generator.services(scale);
            result.services = services.size();
            result.activeServices = (int) services.stream().filter(s -> "active".equals(s.status())).count();
            result.organizations = (int) services.stream().map(Hsds.Service::organizationId).distinct().count();
            result.withoutLocation = (int) services.stream().filter(s -> s.serviceAtLocations().isEmpty()).count();
            log("Generated " + result.services + " services (" + result.organizations + " organisations, "
                    + result.withoutLocation + " without a location)");

            // Index build through the real import: database transaction, then index update + commit + refresh.
            OtherLoad.Snapshot phase = OtherLoad.now();
            // Without autovacuum (as on a CI-configured server) the tables never get statistics and the
            // import's IN-list lookups turn into sequential scans; analyse as autovacuum would, untimed.
            result.analyzedAfterImports = autovacuumOff();
            long importNanos = 0;
            for (int from = 0; from < services.size(); from += IMPORT_BATCH) {
                List<Hsds.Service> batch = services.subList(from, Math.min(services.size(), from + IMPORT_BATCH));
                byte[] json = HsdsJson.mapper().writeValueAsBytes(batch);
                long start = System.nanoTime();
                ImportSummary summary = importer.importJson(json, ImportMode.MERGE);
                importNanos += System.nanoTime() - start;
                result.importCalls++;
                if (!summary.applied() || !summary.rejected().isEmpty()) {
                    throw new IllegalStateException("Import rejected records: " + summary.rejected().stream()
                            .limit(3).toList());
                }
                if (result.analyzedAfterImports) {
                    analyze();
                }
                log("Imported " + Math.min(services.size(), from + IMPORT_BATCH) + "/" + services.size()
                        + " services, " + String.format(Locale.ROOT, "%.1f s", importNanos / 1e9));
            }
            result.importSeconds = importNanos / 1e9;
            result.afterImport = indexStats(indexRoot);

            // A full rebuild from the same services in memory: Lucene indexing alone.
            String revision = String.valueOf(store.revision());
            result.rebuildMemorySeconds = rebuildFromMemory(index, services, revision);
            services = null;

            // A full rebuild from PostgreSQL, exactly as the portal does at start-up (DirectoryStartup).
            long start = System.nanoTime();
            index.rebuild(consumer -> {
                List<String> ids = store.serviceIds();
                for (int from = 0; from < ids.size(); from += 500) {
                    consumer.accept(store.load(ids.subList(from, Math.min(ids.size(), from + 500))));
                }
            }, revision);
            result.rebuildDatabaseSeconds = (System.nanoTime() - start) / 1e9;
            result.afterRebuild = indexStats(indexRoot);
            result.heapAfterMb = heapUsedAfterGc();
            result.othersShare.put("import and rebuilds", new double[] {OtherLoad.othersShare(phase, OtherLoad.now()), 0});
            log(String.format(Locale.ROOT, "Import %.1f s, rebuild from memory %.1f s, from PostgreSQL %.1f s, index %s",
                    result.importSeconds, result.rebuildMemorySeconds, result.rebuildDatabaseSeconds,
                    result.afterRebuild));

            long waited = OtherLoad.awaitQuiet(quietWaitSeconds);
            phase = OtherLoad.now();
            inProcess(result, searcher, directory, near);
            result.othersShare.put("in-process", new double[] {OtherLoad.othersShare(phase, OtherLoad.now()), waited});
            waited = OtherLoad.awaitQuiet(quietWaitSeconds);
            phase = OtherLoad.now();
            http(result, port);
            result.othersShare.put("HTTP", new double[] {OtherLoad.othersShare(phase, OtherLoad.now()), waited});
            phase = OtherLoad.now();
            postgres(result);
            result.othersShare.put("PostgreSQL", new double[] {OtherLoad.othersShare(phase, OtherLoad.now()), 0});
            phase = OtherLoad.now();
            nearRealTime(result, importer, index, store, searcher);
            result.othersShare.put("NRT", new double[] {OtherLoad.othersShare(phase, OtherLoad.now()), 0});
        } finally {
            SecurityContextHolder.clearContext();
            deleteFolder(dataDir);
        }
        result.loadAfter = loadAverage();
        return result;
    }

    private static double rebuildFromMemory(DirectoryIndex index, List<Hsds.Service> services, String revision) {
        long start = System.nanoTime();
        index.rebuild(consumer -> {
            for (int from = 0; from < services.size(); from += 500) {
                consumer.accept(services.subList(from, Math.min(services.size(), from + 500)));
            }
        }, revision);
        return (System.nanoTime() - start) / 1e9;
    }

    private void inProcess(ScaleResult result, DirectorySearcher searcher, Directory directory, Postcodes.Point near) {
        List<Run> mix = BenchQueries.mix(near);
        log("In-process: at least " + WARMUP_SEARCHES + " warm-up searches and " + WARMUP_SECONDS + " s");
        long warmUntil = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
        for (int i = 0; i < WARMUP_SEARCHES || System.nanoTime() < warmUntil; i++) {
            consume(searcher.search(mix.get(i % mix.size()).request(), BenchQueries.NOW));
        }
        int measured = roundUp(MIN_SEARCHES, mix.size());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Latencies all = new Latencies();
        Latencies allCpu = new Latencies();
        Map<Variant, Latencies> byVariant = new EnumMap<>(Variant.class);
        Map<Variant, Latencies> byVariantCpu = new EnumMap<>(Variant.class);
        Map<String, Latencies> textByQuery = new LinkedHashMap<>();
        Map<String, Long> matches = new LinkedHashMap<>();
        for (int i = 0; i < measured; i++) {
            Run run = mix.get(i % mix.size());
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            SearchResponse response = searcher.search(run.request(), BenchQueries.NOW);
            long elapsed = System.nanoTime() - start;
            long cpu = threads.getCurrentThreadCpuTime() - cpuStart;
            consume(response);
            all.add(elapsed);
            allCpu.add(cpu);
            byVariant.computeIfAbsent(run.variant(), v -> new Latencies()).add(elapsed);
            byVariantCpu.computeIfAbsent(run.variant(), v -> new Latencies()).add(cpu);
            if (run.variant() == Variant.TEXT) {
                textByQuery.computeIfAbsent(run.query().text(), q -> new Latencies()).add(elapsed);
                matches.put(run.query().text(), response.totalServices());
            }
        }
        result.mixed = all.summary();
        result.mixedCpu = allCpu.summary();
        byVariant.forEach((variant, latencies) -> result.variants.put(variant, latencies.summary()));
        byVariantCpu.forEach((variant, latencies) -> result.variantsCpu.put(variant, latencies.summary()));
        long[] counts = matches.values().stream().mapToLong(Long::longValue).sorted().toArray();
        result.medianMatches = counts[(counts.length - 1) / 2];
        result.zeroResultQueries = (int) Arrays.stream(counts).filter(c -> c == 0).count();
        textByQuery.entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Latencies> e) -> e.getValue().summary().p50())
                        .reversed())
                .limit(5)
                .forEach(e -> result.slowest.add(new String[] {e.getKey(),
                        Latencies.Summary.fmt(e.getValue().summary().p50()), String.valueOf(matches.get(e.getKey()))}));
        log("In-process mixed: " + result.mixed);

        Latencies browse = new Latencies();
        List<String> categories = BenchQueries.CATEGORY_CODES;
        for (int i = 0; i < categories.size() * 14; i++) {
            SearchRequest request = BenchQueries.browse(categories.get(i % categories.size()));
            long start = System.nanoTime();
            consume(searcher.search(request, BenchQueries.NOW));
            if (i >= categories.size() * 2) {
                browse.add(System.nanoTime() - start);
            }
        }
        result.browse = browse.summary();

        List<Query> queries = BenchQueries.QUERIES;
        Latencies locations = new Latencies();
        for (int i = 0; i < queries.size() * 12; i++) {
            SearchRequest request = BenchQueries.locations(queries.get(i % queries.size()), near);
            long start = System.nanoTime();
            consume(searcher.searchLocations(request, BenchQueries.NOW));
            if (i >= queries.size() * 2) {
                locations.add(System.nanoTime() - start);
            }
        }
        result.locations = locations.summary();

        Latencies loaded = new Latencies();
        for (int i = 0; i < queries.size() * 12; i++) {
            SearchRequest request = BenchQueries.request(queries.get(i % queries.size()), Variant.TEXT, near);
            long start = System.nanoTime();
            blackhole += directory.services(request).contents().size();
            if (i >= queries.size() * 2) {
                loaded.add(System.nanoTime() - start);
            }
        }
        result.servicesLoaded = loaded.summary();
        log("In-process browse " + result.browse + "; locations " + result.locations + "; services+load "
                + result.servicesLoaded);
    }

    private void http(ScaleResult result, int port) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://127.0.0.1:" + port + "/api/hsds/";
        List<URI> services = new ArrayList<>();
        List<URI> locations = new ArrayList<>();
        for (Query query : BenchQueries.QUERIES) {
            String search = encode(query.text());
            services.add(URI.create(base + "services?search=" + search + "&per_page=10"));
            locations.add(URI.create(base + "service_at_locations?search=" + search + "&postcode="
                    + BenchQueries.POSTCODE + "&proximity=" + BenchQueries.WITHIN_METERS + "&per_page=10"));
        }
        // The portal's own search API (facets, geo, open now), when this version of the portal has it.
        List<URI> portal = new ArrayList<>();
        for (Run run : BenchQueries.mix(null)) {
            portal.add(URI.create("http://127.0.0.1:" + port + "/api/directory/search?" + portalQuery(run)));
        }
        boolean portalApi = status(client, portal.getFirst()) != 404;
        log("HTTP: at least " + HTTP_WARMUP + " warm-up requests per endpoint and " + WARMUP_SECONDS + " s"
                + (portalApi ? "" : " (no /api/directory/search)"));
        long warmUntil = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
        for (int i = 0; i < HTTP_WARMUP || System.nanoTime() < warmUntil; i++) {
            get(client, services.get(i % services.size()));
            get(client, locations.get(i % locations.size()));
            if (portalApi) {
                get(client, portal.get(i % portal.size()));
            }
        }
        int measured = roundUp(MIN_HTTP_REQUESTS, services.size());
        Latencies servicesLatency = new Latencies();
        Latencies locationsLatency = new Latencies();
        long[] servicesBytes = new long[measured];
        long[] locationsBytes = new long[measured];
        for (int i = 0; i < measured; i++) {
            long start = System.nanoTime();
            servicesBytes[i] = get(client, services.get(i % services.size()));
            servicesLatency.add(System.nanoTime() - start);
            start = System.nanoTime();
            locationsBytes[i] = get(client, locations.get(i % locations.size()));
            locationsLatency.add(System.nanoTime() - start);
        }
        result.httpServices = servicesLatency.summary();
        result.httpLocations = locationsLatency.summary();
        if (portalApi) {
            int portalMeasured = roundUp(MIN_HTTP_REQUESTS, portal.size());
            Latencies portalLatency = new Latencies();
            long[] portalBytes = new long[portalMeasured];
            for (int i = 0; i < portalMeasured; i++) {
                long start = System.nanoTime();
                portalBytes[i] = get(client, portal.get(i % portal.size()));
                portalLatency.add(System.nanoTime() - start);
            }
            result.httpPortal = portalLatency.summary();
            Arrays.sort(portalBytes);
            result.httpPortalBytes = portalBytes[portalMeasured / 2];
        }
        Arrays.sort(servicesBytes);
        Arrays.sort(locationsBytes);
        result.httpServicesBytes = servicesBytes[measured / 2];
        result.httpLocationsBytes = locationsBytes[measured / 2];
        log("HTTP services " + result.httpServices + "; service_at_locations " + result.httpLocations + "; portal search "
                + result.httpPortal);
    }

    /** The query string of GET /api/directory/search for a run of the mix. */
    private static String portalQuery(Run run) {
        StringBuilder query = new StringBuilder("q=").append(encode(run.query().text())).append("&per_page=10");
        Variant variant = run.variant();
        if (variant == Variant.CATEGORY || variant == Variant.ALL) {
            query.append("&category=").append(encode(run.query().category()));
        }
        if (variant == Variant.NEAR || variant == Variant.ALL) {
            query.append("&postcode=").append(BenchQueries.POSTCODE);
        }
        if (variant == Variant.OPEN_NOW || variant == Variant.ALL) {
            query.append("&open_now=true");
        }
        return query.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static int status(HttpClient client, URI uri) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static long get(HttpClient client, URI uri) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET()
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + ": "
                    + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response.body().length;
    }

    private void postgres(ScaleResult result) throws SQLException {
        try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                Statement statement = connection.createStatement()) {
            // A plan per query (its own selectivity), as an ad-hoc query would get.
            statement.execute("SET plan_cache_mode = force_custom_plan");
            statement.execute("VACUUM ANALYZE directory_service");
            statement.execute("VACUUM ANALYZE directory_organization");

            log("PostgreSQL (a): computed tsvector, no index");
            result.postgres.put("plain", measurePostgres(connection, "(a) as is: to_tsvector computed per row, no index",
                    PG_PLAIN, 0, false));

            log("PostgreSQL (b): GIN expression index on service name + description");
            long start = System.nanoTime();
            statement.execute(PG_EXPRESSION_INDEX);
            statement.execute("ANALYZE directory_service");
            double setup = (System.nanoTime() - start) / 1e9;
            boolean used = explain(connection, PG_EXPRESSION).contains("bench_service_text_fts");
            result.postgres.put("expression", measurePostgres(connection,
                    "(b) GIN expression index on to_tsvector(name + description); ORDER BY recomputes ts_rank(to_tsvector(...))",
                    PG_EXPRESSION, setup, used));
            statement.execute("DROP INDEX bench_service_text_fts");

            log("PostgreSQL (c): stored tsvector (materialized view) with a GIN index");
            start = System.nanoTime();
            statement.execute(PG_STORED_VIEW);
            statement.execute(PG_STORED_INDEX);
            statement.execute("ANALYZE bench_service_fts");
            setup = (System.nanoTime() - start) / 1e9;
            used = explain(connection, PG_STORED).contains("bench_service_fts_document");
            result.postgres.put("stored", measurePostgres(connection,
                    "(c) stored tsvector (materialized view of the same expression) with a GIN index",
                    PG_STORED, setup, used));
            statement.execute("DROP MATERIALIZED VIEW bench_service_fts");
        }
    }

    private PgResult measurePostgres(Connection connection, String label, String sql, double setupSeconds,
            boolean indexUsed) throws SQLException {
        List<Query> queries = BenchQueries.QUERIES;
        Latencies latencies = new Latencies();
        int zero = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < 2; i++) {
                run(statement, queries.get(i).text());
            }
            long began = System.nanoTime();
            for (int i = 0; ; i++) {
                // A stride coprime with the number of queries: a partial pass still samples the whole list.
                Query query = queries.get(i * PG_STRIDE % queries.size());
                long start = System.nanoTime();
                int rows = run(statement, query.text());
                latencies.add(System.nanoTime() - start);
                if (i < queries.size() && rows == 0) {
                    zero++;
                }
                boolean enough = latencies.count() >= PG_TARGET_SAMPLES
                        || (System.nanoTime() - began > pgBudgetNanos && latencies.count() >= PG_MIN_SAMPLES);
                if (enough) {
                    break;
                }
            }
        }
        PgResult result = new PgResult(label, setupSeconds, indexUsed, latencies.summary(), zero,
                Math.min(latencies.count(), queries.size()));
        log("  " + result.latency() + (indexUsed ? " (index used)" : ""));
        return result;
    }

    private static int run(PreparedStatement statement, String text) throws SQLException {
        statement.setString(1, text);
        int rows = 0;
        try (ResultSet resultSet = statement.executeQuery()) {
            while (resultSet.next()) {
                rows++;
            }
        }
        return rows;
    }

    private static String explain(Connection connection, String sql) throws SQLException {
        StringBuilder plan = new StringBuilder();
        try (Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("EXPLAIN " + sql.replace("?", "'schulden'"))) {
            while (resultSet.next()) {
                plan.append(resultSet.getString(1)).append('\n');
            }
        }
        return plan.toString();
    }

    private void nearRealTime(ScaleResult result, DirectoryImport importer, DirectoryIndex index, DirectoryStore store,
            DirectorySearcher searcher) {
        SplittableRandom random = new SplittableRandom(SyntheticDirectory.SEED);
        int candidate = 0;
        Latencies importCall = new Latencies();
        Latencies importSearch = new Latencies();
        Latencies importTotal = new Latencies();
        Latencies save = new Latencies();
        Latencies saveTotal = new Latencies();
        log("Near-real-time updates: " + NRT_ROUNDS + " rounds (+2 warm-up) through DirectoryImport and DirectoryIndex.save");
        for (int round = -2; round < NRT_ROUNDS; round++) {
            // Through the import: database transaction, then index update, commit and refresh.
            Hsds.Service service;
            do {
                service = generator.service(candidate % (result.services - 1), Integer.MAX_VALUE);
                candidate += 7;
            } while (!"active".equals(service.status()));
            String marker = marker(random);
            Hsds.Service changed = SyntheticDirectory.withDescription(service,
                    service.description() + " Nieuw: " + marker + ".", Instant.now().truncatedTo(ChronoUnit.MILLIS));
            byte[] json = HsdsJson.mapper().writeValueAsBytes(List.of(changed));
            long start = System.nanoTime();
            importer.importJson(json, ImportMode.MERGE);
            long imported = System.nanoTime();
            SearchResponse response = searcher.search(SearchRequest.text(marker), BenchQueries.NOW);
            long found = System.nanoTime();
            String id = service.id();
            if (round >= 0) {
                importCall.add(imported - start);
                importSearch.add(found - imported);
                importTotal.add(found - start);
                if (response.hits().stream().anyMatch(hit -> hit.serviceId().equals(id))) {
                    result.nrtImportFound++;
                }
            }

            // The index alone: DirectoryIndex.save (update, commit, refresh), no database.
            do {
                service = generator.service(candidate % (result.services - 1), Integer.MAX_VALUE);
                candidate += 7;
            } while (!"active".equals(service.status()));
            marker = marker(random);
            changed = SyntheticDirectory.withDescription(service, service.description() + " Nieuw: " + marker + ".",
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
            String revision = String.valueOf(store.revision());
            start = System.nanoTime();
            index.save(List.of(changed), revision);
            long saved = System.nanoTime();
            response = searcher.search(SearchRequest.text(marker), BenchQueries.NOW);
            found = System.nanoTime();
            String savedId = service.id();
            if (round >= 0) {
                save.add(saved - start);
                saveTotal.add(found - start);
                if (response.hits().stream().anyMatch(hit -> hit.serviceId().equals(savedId))) {
                    result.nrtSaveFound++;
                }
            }
        }
        result.nrtImport = importCall.summary();
        result.nrtImportSearch = importSearch.summary();
        result.nrtImportTotal = importTotal.summary();
        result.nrtSave = save.summary();
        result.nrtSaveTotal = saveTotal.summary();
        log("NRT import+search " + result.nrtImportTotal + " found " + result.nrtImportFound + "; save+search "
                + result.nrtSaveTotal + " found " + result.nrtSaveFound);
    }

    /** Ten random letters: a word no service has, far (many edits) from every other marker. */
    private static String marker(SplittableRandom random) {
        StringBuilder word = new StringBuilder("zq");
        for (int i = 0; i < 8; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private ConfigurableApplicationContext boot(Path dataDir) {
        return boot(dataDir, false);
    }

    /** The real portal on a random port against the cleaned benchmark database; demo accounts only if asked. */
    ConfigurableApplicationContext boot(Path dataDir, boolean demoAccounts, String... extraArguments) {
        log("Starting the portal (data folder " + dataDir + ")");
        long start = System.nanoTime();
        SpringApplication application = new SpringApplication(WegwijsApplication.class);
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.datasource.url=" + dbUrl,
                "--spring.datasource.username=" + dbUser,
                "--spring.datasource.password=" + dbPassword,
                "--spring.flyway.clean-disabled=false",
                "--wegwijs.data-dir=" + dataDir,
                "--wegwijs.directory.load-sample=false",
                "--wegwijs.demo-accounts=" + demoAccounts,
                "--vaadin.devmode.devTools.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--logging.level.nl.wegwijs.directory=INFO"));
        arguments.addAll(List.of(extraArguments));
        ConfigurableApplicationContext context = application.run(arguments.toArray(String[]::new));
        log(String.format(Locale.ROOT, "Portal started in %.1f s", (System.nanoTime() - start) / 1e9));
        return context;
    }

    boolean autovacuumOff() throws SQLException {
        try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("SHOW autovacuum")) {
            resultSet.next();
            return "off".equalsIgnoreCase(resultSet.getString(1));
        }
    }

    void analyze() throws SQLException {
        try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE");
        }
    }

    void cleanDatabase() {
        log("Cleaning the benchmark database " + dbUrl);
        Flyway.configure().dataSource(dbUrl, dbUser, dbPassword).cleanDisabled(false).load().clean();
    }

    String postgresDescription() {
        try (Connection connection = DriverManager.getConnection(dbUrl, dbUser, dbPassword);
                Statement statement = connection.createStatement()) {
            List<String> parts = new ArrayList<>();
            try (ResultSet resultSet = statement.executeQuery("SHOW server_version")) {
                resultSet.next();
                parts.add("PostgreSQL " + resultSet.getString(1).split(" ")[0]);
            }
            List<String> settings = new ArrayList<>();
            for (String setting : List.of("shared_buffers", "work_mem", "jit", "max_parallel_workers_per_gather")) {
                try (ResultSet resultSet = statement.executeQuery("SHOW " + setting)) {
                    resultSet.next();
                    settings.add(setting + " " + resultSet.getString(1));
                }
            }
            return parts.getFirst() + " on the same machine (" + String.join(", ", settings) + ")";
        } catch (SQLException e) {
            return "PostgreSQL (version unknown: " + e.getMessage() + ")";
        }
    }

    private static IndexStats indexStats(Path root) throws IOException {
        Path folder = root.resolve(Files.readString(root.resolve("current")).strip());
        long bytes = 0;
        int files = 0;
        try (Stream<Path> paths = Files.list(folder)) {
            for (Path path : paths.toList()) {
                if (Files.isRegularFile(path)) {
                    bytes += Files.size(path);
                    files++;
                }
            }
        }
        try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            return new IndexStats(bytes, files, reader.leaves().size(), reader.numDocs());
        }
    }

    private static double heapUsedAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(300);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private void consume(SearchResponse response) {
        blackhole += response.totalServices() + response.hits().size();
    }

    private static int roundUp(int minimum, int unit) {
        return (minimum + unit - 1) / unit * unit;
    }

    private static void deleteFolder(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static void log(String message) {
        System.err.println("[bench " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] "
                + message);
    }
}
