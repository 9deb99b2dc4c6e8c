package nl.wegwijs.bench;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.wegwijs.bench.BenchQueries.Variant;
import nl.wegwijs.bench.DirectorySearchBenchmark.PgResult;
import nl.wegwijs.bench.DirectorySearchBenchmark.ScaleResult;

/** The benchmark's figures as a Markdown section for docs/benchmarks.md. */
final class DirectoryBenchReport {

    static final double IN_PROCESS_P95_TARGET = 5;
    static final double HTTP_P95_TARGET = 30;
    static final double POSTGRES_FACTOR_TARGET = 20;

    /** The machine the figures come from. */
    record Machine(int cores, String cpu, String memory, String os, String jdk, String jvm) {

        static Machine describe() {
            String cpu = read("/proc/cpuinfo").lines().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
            String memory = read("/proc/meminfo").lines().filter(l -> l.startsWith("MemTotal:"))
                    .map(l -> String.format(Locale.ROOT, "%.1f GiB RAM",
                            Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .findFirst().orElse("? RAM");
            String os = read("/etc/os-release").lines().filter(l -> l.startsWith("PRETTY_NAME="))
                    .map(l -> l.substring(l.indexOf('=') + 1).replace("\"", "")).findFirst()
                    .orElse(System.getProperty("os.name"));
            String jdk = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version")
                    + " (" + System.getProperty("java.vendor") + ")";
            String gc = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                    .collect(Collectors.joining(", "));
            String jvm = String.format(Locale.ROOT, "max heap %.1f GiB, GC %s", Runtime.getRuntime().maxMemory()
                    / 1024.0 / 1024.0 / 1024.0, gc);
            return new Machine(Runtime.getRuntime().availableProcessors(), cpu, memory, os, jdk, jvm);
        }

        private static String read(String file) {
            try {
                return Files.readString(Path.of(file));
            } catch (IOException e) {
                return "";
            }
        }
    }

    private final String command;
    private final Machine machine;
    private final String postgres;
    private final List<ScaleResult> results;
    private final Duration took;
    private final StringBuilder out = new StringBuilder();

    DirectoryBenchReport(String command, Machine machine, String postgres, List<ScaleResult> results, Duration took) {
        this.command = command;
        this.machine = machine;
        this.postgres = postgres;
        this.results = results;
        this.took = took;
    }

    String markdown() {
        line("## Directory search (sociale kaart): latency, index build, NRT, against PostgreSQL");
        line("");
        line("Targets: in-process p95 ≤ " + fmt(IN_PROCESS_P95_TARGET) + " ms and HTTP p95 ≤ " + fmt(HTTP_P95_TARGET)
                + " ms at 100k service-at-locations (SALs), with facets + geo + open-now; at least "
                + fmt(POSTGRES_FACTOR_TARGET) + "× faster than PostgreSQL full-text search at 100k, measured side by side.");
        line("");
        line("**Command**: `" + command + "` (" + LocalDate.now() + ", took " + took.toMinutes() + " min "
                + took.toSecondsPart() + " s). It compiles the tests (`./mvnw test-compile`), makes sure the "
                + "`wegwijs_bench` database exists, and runs `nl.wegwijs.bench.DirectorySearchBenchmark` on the test "
                + "classpath. Per scale it boots the real portal (WegwijsApplication, Tomcat on a random port, Vaadin "
                + "in development mode) against the cleaned `wegwijs_bench` database with an empty data folder, "
                + "imports the synthetic data through `DirectoryImport` (" + DirectorySearchBenchmark.IMPORT_BATCH
                + " services per call, merge), rebuilds the index twice, then measures. Percentiles are nearest-rank "
                + "over the sorted samples; all requests are sequential (one client thread).");
        line("");
        line("**Machine**: " + machine.cores() + " cores (" + machine.cpu() + "), " + machine.memory() + ", "
                + machine.os() + ", " + machine.jdk() + ", " + machine.jvm() + "; " + postgres + "; Lucene "
                + org.apache.lucene.util.Version.LATEST + ".");
        line("");
        line("The machine may be shared (builds, tests). Before the in-process and the HTTP measurements the benchmark "
                + "waits (up to a limit) until other processes use less than 15% of it, and it records how much of the "
                + "machine (all cores) other processes used during each phase; in-process latencies are also given as "
                + "the calling thread's CPU time, which other load hardly affects (a search spreads the index segments "
                + "over the cores, so the part done on the other core is not in that figure). \"Others\" includes the PostgreSQL "
                + "server, which works for the benchmark itself during the import, the rebuild from PostgreSQL, the "
                + "HTTP requests (loading services) and the PostgreSQL measurements.");
        line("");
        line("| SALs | load avg before → after | " + String.join(" | ", results.getFirst().othersShare.keySet()) + " |");
        line("|---|---|" + "---|".repeat(results.getFirst().othersShare.size()));
        for (ScaleResult r : results) {
            line("| " + label(r.scale) + " | " + r.loadBefore + " → " + r.loadAfter + " | "
                    + r.othersShare.values().stream().map(v -> String.format(Locale.ROOT, "others %.0f%%", v[0] * 100)
                            + (v[1] > 0 ? String.format(Locale.ROOT, " (waited %.0f s)", v[1]) : ""))
                            .collect(Collectors.joining(" | ")) + " |");
        }
        line("");
        line("**Data**: synthetic and deterministic (seed " + SyntheticDirectory.SEED + ", `SyntheticDirectory`): each "
                + "service borrows subject, categories, target groups, access and most sentences from a random "
                + "sample service (content/directory/meppel), gets a generated organisation (" 
                + SyntheticDirectory.SERVICES_PER_ORGANIZATION + " services each; Dutch names, surnames, places), "
                + "a generated name, extra sentences and compounds from compound-parts.txt, 1–3 locations (4% none: "
                + "online/national) at the postcode centroids of postcodes.tsv with ±200–300 m jitter, schedules "
                + "(office hours, mornings, afternoons, evenings, weekends, 24/7, past midnight), 1–4 languages, "
                + "free or paid cost options; 3% inactive. All of Meppel lies within ~6 km of 7941, so the 5 km "
                + "geo filter keeps most locations (worst case for the filter).");
        line("");
        if (results.stream().anyMatch(r -> r.analyzedAfterImports)) {
            line("This PostgreSQL server runs with `autovacuum = off`, so nothing would ever collect table statistics: "
                    + "the benchmark runs `ANALYZE` after every import call (not timed), as autovacuum would on a "
                    + "production server. Without it, the import's `WHERE id IN (...)` lookups become sequential scans "
                    + "once the tables grow: in a first 100k attempt each call of 2,000 services went from ~3.5 s to "
                    + "30–50 s after ~25,000 services.");
            line("");
        }
        line("| SALs | services (active) | organisations | services without location | index documents |");
        line("|---|---|---|---|---|");
        for (ScaleResult r : results) {
            line("| " + label(r.scale) + " | " + num(r.services) + " (" + num(r.activeServices) + ") | "
                    + num(r.organizations) + " | " + num(r.withoutLocation) + " | " + num(r.afterRebuild.documents())
                    + " |");
        }
        line("");
        targets();
        latency();
        postgresTable();
        build();
        nearRealTime();
        slowest();
        notes();
        return out.toString();
    }

    private void targets() {
        ScaleResult top = results.getLast();
        line("### Against the targets (" + label(top.scale) + " SALs)");
        line("");
        line("| target | measured | met |");
        line("|---|---|---|");
        line("| in-process p95 ≤ " + fmt(IN_PROCESS_P95_TARGET) + " ms (query mix: text, +category, +geo, +open now, "
                + "all combined; facets always) | " + ms(top.mixed.p95()) + " (thread CPU time " + ms(top.mixedCpu.p95())
                + ") | " + yes(top.mixed.p95()
                <= IN_PROCESS_P95_TARGET) + " |");
        if (top.httpPortal != null) {
            line("| HTTP p95 ≤ " + fmt(HTTP_P95_TARGET) + " ms, `GET /api/directory/search?q=…` (the portal's search: "
                    + "facets, category, postcode, open now) | " + ms(top.httpPortal.p95()) + " | "
                    + yes(top.httpPortal.p95() <= HTTP_P95_TARGET) + " |");
        }
        line("| HTTP p95 ≤ " + fmt(HTTP_P95_TARGET) + " ms, `GET /api/hsds/services?search=…&per_page=10` | "
                + ms(top.httpServices.p95()) + " | " + yes(top.httpServices.p95() <= HTTP_P95_TARGET) + " |");
        line("| HTTP p95 ≤ " + fmt(HTTP_P95_TARGET) + " ms, `GET /api/hsds/service_at_locations?search=…&postcode=7941"
                + "&proximity=5000&per_page=10` | " + ms(top.httpLocations.p95()) + " | "
                + yes(top.httpLocations.p95() <= HTTP_P95_TARGET) + " |");
        Latencies.Summary lucene = top.variants.get(Variant.TEXT);
        PgResult plain = top.postgres.get("plain");
        PgResult best = bestPostgres(top);
        for (PgResult pg : plain == best ? List.of(best) : List.of(plain, best)) {
            double factor95 = pg.latency().p95() / lucene.p95();
            double factor50 = pg.latency().p50() / lucene.p50();
            line("| ≥ " + fmt(POSTGRES_FACTOR_TARGET) + "× faster than PostgreSQL FTS (same " + BenchQueries.QUERIES.size()
                    + " queries, top 10; Lucene in-process text-only, with facets) vs " + (pg == plain
                            ? "the query as is " : "the fastest PostgreSQL variant ") + pg.label().substring(0, 3)
                    + " | " + times(factor95) + " at p95, " + times(factor50) + " at p50 | "
                    + yes(factor95 >= POSTGRES_FACTOR_TARGET && factor50 >= POSTGRES_FACTOR_TARGET) + " |");
        }
        line("");
    }

    private void latency() {
        line("### Search latency (ms)");
        line("");
        line("| SALs | what | n | p50 | p95 | p99 | max | CPU p50 | CPU p95 |");
        line("|---|---|---|---|---|---|---|---|---|");
        for (ScaleResult r : results) {
            String s = label(r.scale);
            row(s, "**in-process `DirectorySearcher.search`, query mix** (all variants below)", r.mixed, r.mixedCpu);
            for (Variant variant : Variant.values()) {
                row(s, "… " + variant.label, r.variants.get(variant), r.variantsCpu.get(variant));
            }
            row(s, "in-process, no text, one category ticked (browsing)", r.browse);
            row(s, "in-process `searchLocations`, text + 7941 within 5 km (one hit per location)", r.locations);
            row(s, "in-process `Directory.services`: search + 10 nested services from PostgreSQL", r.servicesLoaded);
            row(s, "**HTTP `/api/hsds/services?search=…&per_page=10`** (median body "
                    + kb(r.httpServicesBytes) + ")", r.httpServices);
            row(s, "**HTTP `/api/hsds/service_at_locations?search=…&postcode=7941&proximity=5000&per_page=10`** "
                    + "(median body " + kb(r.httpLocationsBytes) + ")", r.httpLocations);
            if (r.httpPortal != null) {
                row(s, "**HTTP `/api/directory/search?q=…&per_page=10`**, the portal's search, in the 5 variants "
                        + "(`category=`, `postcode=7941`, `open_now=true`; median body " + kb(r.httpPortalBytes) + ")",
                        r.httpPortal);
            }
        }
        line("");
        line("Matches per query (text only, services): median "
                + results.stream().map(r -> label(r.scale) + " " + num(r.medianMatches)).collect(Collectors.joining(", "))
                + "; queries without any match: "
                + results.stream().map(r -> label(r.scale) + " " + r.zeroResultQueries + "/" + BenchQueries.QUERIES.size())
                        .collect(Collectors.joining(", "))
                + ".");
        line("");
    }

    private void postgresTable() {
        line("### PostgreSQL full-text search on the same rows, same run (ms)");
        line("");
        line("The " + BenchQueries.QUERIES.size() + " queries of the mix as `plainto_tsquery('dutch', ?)`, "
                + "`status = 'active'`, ranked by `ts_rank`, `LIMIT 10`, on a connection of its own with "
                + "`plan_cache_mode = force_custom_plan`, after `VACUUM ANALYZE`. PostgreSQL computes **no facets, "
                + "no geo filter or distance, no open-now, no typo tolerance, no synonyms, no total count** here; "
                + "Lucene does all of these in every search, so the comparison flatters PostgreSQL. Each variant runs "
                + "the queries (in a fixed order that spreads over the list) until " + DirectorySearchBenchmark.PG_TARGET_SAMPLES
                + " samples or, once it has at least " + DirectorySearchBenchmark.PG_MIN_SAMPLES + ", until its time "
                + "budget is spent (hence the smaller n for the slow variants). Setup = index or view creation time.");
        line("");
        line("| SALs | variant | setup (s) | GIN index in the plan (for 'schulden') | n | p50 | p95 | p99 | max | queries without match | "
                + "Lucene text-only is … faster (p50 / p95; 1/n× = PostgreSQL n× faster) |");
        line("|---|---|---|---|---|---|---|---|---|---|---|");
        for (ScaleResult r : results) {
            Latencies.Summary lucene = r.variants.get(Variant.TEXT);
            for (PgResult pg : r.postgres.values()) {
                line("| " + label(r.scale) + " | " + pg.label() + " | "
                        + (pg.setupSeconds() == 0 ? "–" : String.format(Locale.ROOT, "%.1f", pg.setupSeconds())) + " | "
                        + (pg.label().startsWith("(a)") ? "–" : yes(pg.indexUsed())) + " | " + pg.latency().cells() + " | "
                        + pg.zeroResults() + "/" + pg.distinctQueries() + " | "
                        + times(pg.latency().p50() / lucene.p50()) + " / " + times(pg.latency().p95() / lucene.p95())
                        + " |");
            }
        }
        line("");
    }

    private void build() {
        line("### Index build, size and heap");
        line("");
        line("| SALs | import via `DirectoryImport` (PostgreSQL + index), s | calls | rebuild from memory (Lucene only), s "
                + "| rebuild from PostgreSQL (as at start-up), s | index on disk after import | after rebuild | "
                + "heap used after GC: before import → after rebuild |");
        line("|---|---|---|---|---|---|---|---|");
        for (ScaleResult r : results) {
            line("| " + label(r.scale) + " | " + String.format(Locale.ROOT, "%.1f (%.0f services/s)", r.importSeconds,
                    r.services / r.importSeconds) + " | " + r.importCalls + " | "
                    + String.format(Locale.ROOT, "%.1f", r.rebuildMemorySeconds) + " | "
                    + String.format(Locale.ROOT, "%.1f", r.rebuildDatabaseSeconds) + " | " + size(r.afterImport) + " | "
                    + size(r.afterRebuild) + " | "
                    + String.format(Locale.ROOT, "%.0f → %.0f MB (Δ %+.0f MB)", r.heapBeforeMb, r.heapAfterMb,
                            r.heapAfterMb - r.heapBeforeMb) + " |");
        }
        line("");
        line("Index size = the files of the live index folder (Lucene memory-maps them: they count against the page "
                + "cache, not the heap). The heap figure is the whole JVM heap after `System.gc()`, before the import "
                + "(portal started, empty index, before the data is generated) and after the rebuilds (generated data "
                + "released); it includes everything else the import left behind (e.g. the autocomplete, which the "
                + "portal rebuilds in memory from all names after each import), so it is only a rough upper bound for "
                + "the index's own heap.");
        line("");
    }

    private void nearRealTime() {
        line("### Near-real-time update (ms)");
        line("");
        line("One changed active service gets a new unique word in its description; timed from the call until a "
                + "search for that word returns (the call itself returns only after the index refresh). "
                + DirectorySearchBenchmark.NRT_ROUNDS + " rounds after 2 warm-up rounds.");
        line("");
        line("| SALs | what | n | p50 | p95 | p99 | max | found by the first search |");
        line("|---|---|---|---|---|---|---|---|");
        for (ScaleResult r : results) {
            String s = label(r.scale);
            String found = r.nrtImportFound + "/" + DirectorySearchBenchmark.NRT_ROUNDS;
            line("| " + s + " | `DirectoryImport` of 1 service (transaction, index update, commit, refresh) | "
                    + r.nrtImport.cells() + " | |");
            line("| " + s + " | … then the search | " + r.nrtImportSearch.cells() + " | |");
            line("| " + s + " | **import + search, total** | " + r.nrtImportTotal.cells() + " | " + found + " |");
            line("| " + s + " | `DirectoryIndex.save` alone (index update, commit, refresh) | " + r.nrtSave.cells()
                    + " | |");
            line("| " + s + " | save + search, total | " + r.nrtSaveTotal.cells() + " | " + r.nrtSaveFound + "/"
                    + DirectorySearchBenchmark.NRT_ROUNDS + " |");
        }
        line("");
    }

    private void slowest() {
        ScaleResult top = results.getLast();
        line("### Slowest queries at " + label(top.scale) + " (in-process, text only, p50 ms)");
        line("");
        line("| query | p50 | matching services |");
        line("|---|---|---|");
        for (String[] row : top.slowest) {
            line("| " + row[0] + " | " + row[1] + " | " + num(Long.parseLong(row[2])) + " |");
        }
        line("");
    }

    private void notes() {
        line("Notes: in-process = `System.nanoTime()` around `DirectorySearcher.search(request, now)` with a fixed "
                + "`now` (" + BenchQueries.NOW.toLocalDate() + " " + BenchQueries.NOW.toLocalTime() + " Amsterdam, a "
                + "Tuesday afternoon) so open-now selects the same services in every run; every search also counts "
                + "all facet dimensions and open-now, and retries with typo tolerance when it finds fewer than 3 "
                + "services; each search also builds the highlighted description snippets of its 10 hits. HTTP = `java.net.http.HttpClient`, HTTP/1.1 keep-alive, sequential, whole body read; "
                + "the HSDS bodies hold 10 full nested HSDS services, loaded from PostgreSQL per request; the portal search "
                + "(`/api/directory/search`) loads the 10 services too but answers a compact list with facets, and its "
                + "`open_now=true` uses the real time, its postcode only boosts and measures distance (no cut-off). Warm-up: "
                + DirectorySearchBenchmark.WARMUP_SEARCHES + " in-process searches (also at least "
                + DirectorySearchBenchmark.WARMUP_SECONDS + " s) and "
                + DirectorySearchBenchmark.HTTP_WARMUP + " requests per endpoint (also at least "
                + DirectorySearchBenchmark.WARMUP_SECONDS + " s) before each scale's measurements.");
        line("");
    }

    private static PgResult bestPostgres(ScaleResult r) {
        return r.postgres.values().stream().min((a, b) -> Double.compare(a.latency().p95(), b.latency().p95()))
                .orElseThrow();
    }

    private void row(String scale, String what, Latencies.Summary summary) {
        line("| " + scale + " | " + what + " | " + summary.cells() + " | | |");
    }

    private void row(String scale, String what, Latencies.Summary summary, Latencies.Summary cpu) {
        line("| " + scale + " | " + what + " | " + summary.cells() + " | " + Latencies.Summary.fmt(cpu.p50()) + " | "
                + Latencies.Summary.fmt(cpu.p95()) + " |");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    static String label(int scale) {
        return scale % 1000 == 0 ? (scale / 1000) + "k" : String.valueOf(scale);
    }

    private static String size(DirectorySearchBenchmark.IndexStats stats) {
        return String.format(Locale.ROOT, "%.1f MB, %d segments", stats.bytes() / 1024.0 / 1024.0, stats.segments());
    }

    private static String ms(double value) {
        return Latencies.Summary.fmt(value) + " ms";
    }

    /** How many times faster Lucene is; below 1, PostgreSQL is faster (and by how much). */
    private static String times(double factor) {
        if (factor >= 10) {
            return String.format(Locale.ROOT, "%,.0f×", factor);
        }
        if (factor >= 1) {
            return String.format(Locale.ROOT, "%.1f×", factor);
        }
        double inverse = 1 / factor;
        return String.format(Locale.ROOT, inverse >= 10 ? "1/%,.0f×" : "1/%.1f×", inverse);
    }

    private static String kb(long bytes) {
        return String.format(Locale.ROOT, "%.0f kB", bytes / 1024.0);
    }

    private static String num(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static String yes(boolean met) {
        return met ? "yes" : "**no**";
    }
}
