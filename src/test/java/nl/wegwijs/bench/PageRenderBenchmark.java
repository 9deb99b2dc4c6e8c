package nl.wegwijs.bench;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import nl.wegwijs.directory.DirectoryImport;
import nl.wegwijs.directory.ImportMode;
import nl.wegwijs.directory.ImportSummary;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.hsds.HsdsJson;
import nl.wegwijs.e2e.Chromium;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Server time of the sociale kaart's pages with a large directory: the portal with the synthetic
 * directory imported, then plain HTTP GETs of each page. Vaadin renders the view into the first
 * response (eager server load), so a GET's duration is the server's render time: building the
 * view, its searches and database reads, and the response. Editor pages are fetched with the
 * session of a real sign-in in Chromium.
 *
 * <pre>bench/pages.sh [serviceAtLocations]</pre>
 */
public final class PageRenderBenchmark {

    static final double TARGET_MS = 300;
    private static final int WARM_UP = 5;
    private static final int ROUNDS = 30;

    /** One kind of page, the addresses to fetch in turn, and a text the rendered page must contain. */
    record PageKind(String label, List<String> paths, String mustContain, boolean editor) {
    }

    public static void main(String[] args) throws Exception {
        int scale = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
        DirectorySearchBenchmark setup = new DirectorySearchBenchmark();
        DirectoryBenchReport.Machine machine = DirectoryBenchReport.Machine.describe();
        setup.cleanDatabase();
        Path dataDir = Files.createTempDirectory("wegwijs-pages-");
        Map<String, Latencies.Summary> results = new LinkedHashMap<>();
        Map<String, Double> othersShare = new LinkedHashMap<>();
        long started = System.nanoTime();
        // Plain GETs never send Vaadin's heartbeat or close their UI as a browser tab does: let idle
        // UIs and sessions go after a minute, or thousands of them fill the heap.
        // Development mode's component tracker (for the IDE's "jump to code") keeps two stack traces per
        // live component; production has none, and with hundreds of open edit forms it filled a 4 GB heap
        // (GC log: full-GC pauses of 2.5-3.7 s). Measure the pages, not that debugging aid.
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
        try (ConfigurableApplicationContext context = setup.boot(dataDir, true, "--vaadin.heartbeatInterval=10",
                "--server.servlet.session.timeout=1m")) {
            int port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
            List<Hsds.Service> services = new SyntheticDirectory().services(scale);
            importAll(context.getBean(DirectoryImport.class), services, setup);
            SplittableRandom random = new SplittableRandom(7);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                Hsds.Service service = services.get(random.nextInt(services.size()));
                if ("active".equals(service.status())) {
                    ids.add(service.id());
                }
            }
            services = null;
            String cookie = null;
            for (PageKind kind : pages(ids)) {
                if (kind.editor() && cookie == null) {
                    // Signed in only now: the short session timeout would have ended an earlier session.
                    cookie = editorSession(port);
                }
                OtherLoad.Snapshot before = OtherLoad.now();
                results.put(kind.label(), measure(port, kind, kind.editor() ? cookie : null));
                othersShare.put(kind.label(), OtherLoad.othersShare(before, OtherLoad.now()));
                DirectorySearchBenchmark.log(kind.label() + ": " + results.get(kind.label()));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
        String markdown = report(scale, machine, results, othersShare, Duration.ofNanos(System.nanoTime() - started));
        System.out.println(markdown);
        String docs = DirectorySearchBenchmark.env("BENCH_DOCS", "docs/benchmarks.md");
        if (!"-".equals(docs)) {
            Files.writeString(Path.of(docs), "\n" + markdown, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        System.exit(0);
    }

    static List<PageKind> pages(List<String> ids) {
        List<String> texts = BenchQueries.QUERIES.stream().map(BenchQueries.Query::text).toList();
        List<String> categories = BenchQueries.QUERIES.stream().map(BenchQueries.Query::category).distinct().toList();
        return List.of(
                new PageKind("search page, nothing typed (subjects)", List.of("sociale-kaart"), "category-tiles", false),
                new PageKind("search page, text", texts.stream().map(t -> "sociale-kaart?q=" + encode(t)).toList(),
                        "directory-search", false),
                new PageKind("search page, text + free + open now", texts.stream()
                        .map(t -> "sociale-kaart?q=" + encode(t) + "&gratis=ja&open-nu=ja").toList(),
                        "directory-search", false),
                new PageKind("search page, one category", categories.stream()
                        .map(c -> "sociale-kaart?categorie=" + encode(c)).toList(), "result-card", false),
                new PageKind("service page", ids.stream().map(id -> "sociale-kaart/" + encode(id)).toList(),
                        "application/ld+json", false),
                new PageKind("embeddable list (plain HTML)", categories.stream()
                        .map(c -> "sociale-kaart/embed?category=" + encode(c)).toList(), "<li", false),
                new PageKind("editor: list of services", List.of("redactie/sociale-kaart"), "redactie", true),
                new PageKind("editor: edit a service", ids.stream().map(id -> "redactie/sociale-kaart/" + encode(id))
                        .toList(), "redactie", true),
                new PageKind("editor: zero-result report", List.of("redactie/zoekvragen-zonder-resultaat"),
                        "redactie", true));
    }

    private static void importAll(DirectoryImport importer, List<Hsds.Service> services,
            DirectorySearchBenchmark setup) throws Exception {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "benchmark", "n/a", List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        boolean analyze = setup.autovacuumOff();
        for (int from = 0; from < services.size(); from += DirectorySearchBenchmark.IMPORT_BATCH) {
            List<Hsds.Service> batch = services.subList(from,
                    Math.min(services.size(), from + DirectorySearchBenchmark.IMPORT_BATCH));
            ImportSummary summary = importer.importJson(HsdsJson.mapper().writeValueAsBytes(batch), ImportMode.MERGE);
            if (!summary.applied() || !summary.rejected().isEmpty()) {
                throw new IllegalStateException("Import rejected records: " + summary.rejected().stream().limit(3).toList());
            }
            if (analyze) {
                setup.analyze();
            }
        }
        DirectorySearchBenchmark.log("Imported " + services.size() + " services");
    }

    /** Signs in as the demo editor in Chromium and returns the session cookie for plain HTTP. */
    private static String editorSession(int port) {
        try (Playwright playwright = Playwright.create(); Browser browser = Chromium.launch(playwright)) {
            BrowserContext context = browser.newContext();
            Page page = context.newPage();
            page.navigate("http://127.0.0.1:" + port + "/login");
            page.locator("main form input[name=username]").fill("editor");
            page.locator("main form input[name=password]").fill("demo");
            page.locator("main form button[type=submit]").click();
            page.waitForURL(url -> !url.contains("/login"));
            return context.cookies().stream().map(c -> c.name + "=" + c.value).collect(Collectors.joining("; "));
        }
    }

    private static Latencies.Summary measure(int port, PageKind kind, String cookie) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        Latencies latencies = new Latencies();
        int total = WARM_UP + ROUNDS * Math.max(1, Math.min(kind.paths().size(), 10));
        for (int i = 0; i < total; i++) {
            String path = kind.paths().get(i % kind.paths().size());
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/" + path))
                    .timeout(Duration.ofSeconds(60)).header("Accept-Language", "nl").GET();
            if (cookie != null) {
                request.header("Cookie", cookie);
            }
            long start = System.nanoTime();
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            long took = System.nanoTime() - start;
            if (response.statusCode() != 200 || !response.body().contains(kind.mustContain())) {
                throw new IllegalStateException(kind.label() + ": /" + path + " answered " + response.statusCode()
                        + " without '" + kind.mustContain() + "'");
            }
            if (i >= WARM_UP) {
                latencies.add(took);
            }
        }
        return latencies.summary();
    }

    private static String report(int scale, DirectoryBenchReport.Machine machine, Map<String, Latencies.Summary> results,
            Map<String, Double> othersShare, Duration took) {
        StringBuilder out = new StringBuilder();
        out.append("## Sociale kaart pages: server render time\n\n");
        out.append(String.format(Locale.ROOT, "Target: every page renders in under %.0f ms server time with 100k "
                + "service-at-locations in the index.%n%n", TARGET_MS));
        out.append(String.format(Locale.ROOT, "**Command**: `bench/pages.sh %d` (%s, took %d min %d s), %,d "
                + "service-at-locations. The portal runs from the test classpath (Vaadin in development mode, "
                + "without its component tracker, a debugging aid that production does not have) "
                + "against PostgreSQL; each figure is the duration of a plain HTTP GET of the page, whose first "
                + "response carries the rendered view. Editor pages use a session signed in through Chromium. "
                + "Idle UIs and sessions are let go after a minute (heartbeat 10 s, session timeout 1 min), as a "
                + "browser's heartbeat and closing tab would. "
                + "%d warm-up requests per kind, then up to 10 addresses × %d rounds.%n%n", scale, LocalDate.now(),
                took.toMinutes(), took.toSecondsPart(), scale, WARM_UP, ROUNDS));
        out.append("**Machine**: ").append(machine.cores()).append(" cores, ").append(machine.cpu()).append(", ")
                .append(machine.memory()).append(", ").append(machine.os()).append(", ").append(machine.jdk())
                .append("\n\n");
        out.append("| page | n | p50 ms | p95 ms | p99 ms | max ms | under 300 ms? | machine used by other processes |\n"
                + "|---|---|---|---|---|---|---|---|\n");
        results.forEach((label, summary) -> out.append("| ").append(label).append(" | ").append(summary.cells())
                .append(" | ").append(summary.max() < TARGET_MS ? "yes, every request"
                        : summary.p95() < TARGET_MS ? "p95 yes" : "**no**")
                .append(String.format(Locale.ROOT, " | %.0f%% |%n", 100 * othersShare.getOrDefault(label, 0.0))));
        return out.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
