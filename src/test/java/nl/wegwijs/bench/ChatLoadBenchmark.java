package nl.wegwijs.bench;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Load benchmark of the chat (issue 5): the portal runs as the real server in a JVM of its own
 * (embedded Tomcat, STOMP at {@code /ws/chat}, PostgreSQL); this JVM plays thousands of visitors
 * and hundreds of responders over the public protocol, measures the delivery latency of every
 * message, checks each arrives exactly once and in order, and measures the server's heap per idle
 * visitor connection. Prints a Markdown section and appends it to docs/benchmarks.md.
 *
 * <pre>bench/chat-load.sh [visitors=2000] [responders=200] [messagesPerSide=8]</pre>
 *
 * <p>Environment: BENCH_DB_URL, BENCH_DB_USER, BENCH_DB_PASSWORD (emptied by every run),
 * BENCH_DOCS ({@code -} for none), BENCH_SERVER_HEAP (default 2g), BENCH_SERVER_JAVA_OPTS,
 * BENCH_GAP_SECONDS (the pause between one person's messages, "min-max", default 8-22).
 */
public final class ChatLoadBenchmark {

    static final double P99_TARGET_MS = 100;
    static final String PASSWORD = "bench-responder";
    private static final int CONNECT_BATCH = 100;

    public static void main(String[] args) throws Exception {
        int visitors = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int responders = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int perSide = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        String[] gap = DirectorySearchBenchmark.env("BENCH_GAP_SECONDS", "8-22").split("-");
        var settings = new ChatLoadScenario.Settings(visitors, responders, Math.max(1, responders / 10), 5, perSide,
                (long) (Double.parseDouble(gap[0]) * 1000), (long) (Double.parseDouble(gap[1]) * 1000), 50);
        var report = new ChatLoadReport(settings, DirectoryBenchReport.Machine.describe());
        report.command = DirectorySearchBenchmark.env("BENCH_COMMAND", "bench/chat-load.sh");
        long started = System.nanoTime();
        String dbUrl = DirectorySearchBenchmark.env("BENCH_DB_URL", "jdbc:postgresql://127.0.0.1:5432/wegwijs_bench");
        String dbUser = DirectorySearchBenchmark.env("BENCH_DB_USER", "wegwijs");
        String dbPassword = DirectorySearchBenchmark.env("BENCH_DB_PASSWORD", "wegwijs");
        // Flyway and the JDBC driver log through Logback, which would print to standard output:
        // that is where the Markdown goes.
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        prepareDatabase(dbUrl, dbUser, dbPassword, settings);

        String heap = DirectorySearchBenchmark.env("BENCH_SERVER_HEAP", "2g");
        List<String> jvmOptions = Arrays.stream(DirectorySearchBenchmark.env("BENCH_SERVER_JAVA_OPTS", "").split(" "))
                .filter(option -> !option.isBlank()).toList();
        report.serverJvm = "own JVM, -Xmx" + heap + " (G1)" + (jvmOptions.isEmpty() ? "" : " " + String.join(" ", jvmOptions));
        List<String> properties = List.of("--spring.datasource.url=" + dbUrl, "--spring.datasource.username=" + dbUser,
                "--spring.datasource.password=" + dbPassword,
                "--wegwijs.data-dir=" + Files.createTempDirectory("wegwijs-chat-load-"),
                "--wegwijs.directory.load-sample=false", "--wegwijs.demo-accounts=false",
                "--vaadin.devmode.devTools.enabled=false", "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                // The scenario's queue: everyone beyond the responders' capacity waits.
                "--wegwijs.chat.max-queue=" + visitors);
        report.serverProperties = "wegwijs.chat.max-queue=" + visitors;
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes")).collect(Collectors.joining(File.pathSeparator));

        ExecutorService io = Executors.newFixedThreadPool(4, Thread.ofPlatform().daemon().name("client-", 0).factory());
        ScheduledExecutorService timers = Executors.newScheduledThreadPool(2,
                Thread.ofPlatform().daemon().name("timer-", 0).factory());
        var run = new ChatLoadScenario(settings, timers);
        List<StompSocket> sockets = new CopyOnWriteArrayList<>();
        try (var server = ChatServerProcess.start(classpath, heap, jvmOptions, properties,
                Path.of("target/bench/chat-server.log"))) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> ProcessHandle.of(server.pid())
                    .ifPresent(ProcessHandle::destroyForcibly)));
            DirectorySearchBenchmark.log("Server JVM " + server.pid() + " on port " + server.port + ", log " + server.log);
            server.awaitReady(Duration.ofMinutes(5));
            DirectorySearchBenchmark.log("Server ready");
            URI endpoint = URI.create("ws://127.0.0.1:" + server.port + "/ws/chat");
            List<HttpClient> clients = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                clients.add(HttpClient.newBuilder().executor(io).connectTimeout(Duration.ofSeconds(30)).build());
            }
            timers.scheduleAtFixedRate(() -> sockets.forEach(s -> s.heartBeatIfIdle(System.nanoTime(), 9_000_000_000L)),
                    1, 1, TimeUnit.SECONDS);

            // Responders: connected and subscribed; one goes on duty with room for one chat, so the
            // visitors' starts are taken (and wait) instead of being told nobody is on duty.
            List<LoadResponder> staff = new ArrayList<>();
            for (int i = 0; i < responders; i++) {
                staff.add(new LoadResponder(run, username(i, settings)));
            }
            connectAll(staff, 20, (LoadResponder r) -> StompSocket.open(clients.get(staff.indexOf(r) % 4), endpoint,
                    r.username, r.username, PASSWORD, r).thenApply(socket -> {
                        sockets.add(socket);
                        r.connected(socket);
                        return socket;
                    }));
            staff.getFirst().available(1);
            staff.getFirst().onDuty.get(30, TimeUnit.SECONDS);
            DirectorySearchBenchmark.log(responders + " responders connected; one on duty");
            TimeUnit.SECONDS.sleep(2);
            report.heapBefore = server.liveHistogram();

            // Visitors: connect, subscribe, start; all wait (one is with the first responder).
            List<LoadVisitor> people = new ArrayList<>();
            for (int i = 1; i <= visitors; i++) {
                people.add(new LoadVisitor(run, i));
            }
            long connecting = System.nanoTime();
            connectAll(people, CONNECT_BATCH, (LoadVisitor v) -> StompSocket.open(
                    clients.get(people.indexOf(v) % 4), endpoint, "visitor", null, null, v).thenCompose(socket -> {
                        sockets.add(socket);
                        v.start(socket);
                        return v.waiting;
                    }));
            report.connectSeconds = (System.nanoTime() - connecting) / 1e9;
            DirectorySearchBenchmark.log(String.format("%d visitors connected and waiting (%.1f s); %s", visitors,
                    report.connectSeconds, run.refused.get() > 0 ? run.refused.get() + " refused" : "none refused"));
            TimeUnit.SECONDS.sleep(3);
            report.heapIdle = server.liveHistogram();
            report.openWhenIdle = run.open.get();

            // The run: everyone on duty with their capacity; conversations begin.
            var loadBefore = OtherLoad.now();
            long serverCpuBefore = server.cpuNanos();
            report.loadAverageBefore = loadAverage();
            long go = System.nanoTime();
            run.deliveries.goNanos = go;
            staff.forEach(r -> r.available(settings.capacity()));
            run.go.complete(null);
            long expected = (long) (Math.ceil((double) visitors / (responders * settings.capacity()))
                    * (perSide * settings.meanGapSeconds() + 15));
            long deadline = go + TimeUnit.SECONDS.toNanos(expected * 3 + 300);
            while (!run.finished.await(15, TimeUnit.SECONDS)) {
                var totals = run.deliveries.totals();
                DirectorySearchBenchmark.log(String.format("%d answered, %d ended, %d messages sent, %d delivered, %d open",
                        run.answered.get(), visitors - run.finished.getCount(), totals.sent(), totals.delivered(),
                        run.open.get()));
                if (System.nanoTime() > deadline) {
                    DirectorySearchBenchmark.log("Time is up: not every chat ended");
                    break;
                }
            }
            TimeUnit.SECONDS.sleep(2); // stragglers, if any, would be late deliveries: let them count
            report.runSeconds = (System.nanoTime() - go) / 1e9;
            var loadAfter = OtherLoad.now();
            report.serverCpuShare = (server.cpuNanos() - serverCpuBefore) / (double) (loadAfter.wallNanos()
                    - loadBefore.wallNanos()) / Runtime.getRuntime().availableProcessors();
            report.clientCpuShare = (loadAfter.processCpuNanos() - loadBefore.processCpuNanos())
                    / (double) (loadAfter.wallNanos() - loadBefore.wallNanos()) / Runtime.getRuntime().availableProcessors();
            report.othersShare = Math.max(0, OtherLoad.othersShare(loadBefore, loadAfter) - report.serverCpuShare);
            report.loadAverageAfter = loadAverage();
            report.unfinished = run.finished.getCount();
            sockets.forEach(StompSocket::close);
            TimeUnit.SECONDS.sleep(1);
        } finally {
            timers.shutdownNow();
            io.shutdownNow();
        }
        report.took = Duration.ofNanos(System.nanoTime() - started);
        String markdown = report.markdown(run);
        System.out.println(markdown);
        String docs = DirectorySearchBenchmark.env("BENCH_DOCS", "docs/benchmarks.md");
        if (!"-".equals(docs)) {
            Files.writeString(Path.of(docs), "\n" + markdown, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
        System.exit(0);
    }

    /** Opens the connections in batches, so the handshakes do not all arrive in the same instant. */
    private static <T> void connectAll(List<T> people, int batch, Function<T, CompletableFuture<?>> open)
            throws Exception {
        for (int from = 0; from < people.size(); from += batch) {
            List<CompletableFuture<?>> pending = people.subList(from, Math.min(people.size(), from + batch)).stream()
                    .<CompletableFuture<?>>map(open).toList();
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        }
    }

    static String username(int i, ChatLoadScenario.Settings settings) {
        return i < settings.crisisWorkers() ? String.format("bench-crisis-%03d", i) : String.format("bench-volunteer-%03d", i);
    }

    /**
     * Empties the benchmark database, creates the schema (the server's own migrations) and the
     * responders' staff accounts: every tenth a crisis worker, the rest volunteers; one password.
     */
    private static void prepareDatabase(String url, String user, String password, ChatLoadScenario.Settings settings)
            throws Exception {
        DirectorySearchBenchmark.log("Preparing the benchmark database " + url);
        Flyway flyway = Flyway.configure().dataSource(url, user, password).cleanDisabled(false)
                .locations("classpath:db/migration").load();
        flyway.clean();
        flyway.migrate();
        // BCrypt with cost 4 (the portal's own accounts use 10): the same check at sign-in, but 200
        // handshakes do not take a minute of the server's CPU before the measurement starts.
        String hash = "{bcrypt}" + new BCryptPasswordEncoder(4).encode(PASSWORD);
        try (Connection connection = DriverManager.getConnection(url, user, password);
                PreparedStatement account = connection.prepareStatement("insert into account (id, username, "
                        + "password_hash, display_name, enabled, created_at) values (?, ?, ?, ?, true, ?)");
                PreparedStatement role = connection.prepareStatement(
                        "insert into account_role (account_id, role) values (?, ?)")) {
            for (int i = 0; i < settings.responders(); i++) {
                UUID id = UUID.randomUUID();
                String username = username(i, settings);
                account.setObject(1, id);
                account.setString(2, username);
                account.setString(3, hash);
                account.setString(4, "Bench " + username);
                account.setObject(5, OffsetDateTime.now());
                account.executeUpdate();
                role.setObject(1, id);
                role.setString(2, i < settings.crisisWorkers() ? "CRISIS_WORKER" : "VOLUNTEER");
                role.executeUpdate();
            }
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " / " + fields[1];
        } catch (Exception e) {
            return "?";
        }
    }
}
