package nl.wegwijs.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The portal as the real server, in a JVM of its own (so its heap holds only the server's
 * objects): started from the compiled classes and the runtime classpath, asked for readiness over
 * HTTP, inspected with {@code jcmd} (live-object histograms after a full GC) and {@code /proc}
 * (CPU time), stopped at the end.
 */
final class ChatServerProcess implements AutoCloseable {

    /** Live objects after a full GC: total bytes, and bytes and instances per class. */
    record Histogram(long bytes, long instances, Map<String, long[]> classes) {

        /** The classes that grew most from {@code before}: name → {bytes, instances} differences. */
        List<Map.Entry<String, long[]>> grownFrom(Histogram before, int top) {
            Map<String, long[]> grown = new HashMap<>();
            classes.forEach((name, after) -> {
                long[] was = before.classes.getOrDefault(name, new long[2]);
                grown.put(name, new long[] {after[0] - was[0], after[1] - was[1]});
            });
            return grown.entrySet().stream()
                    .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])).limit(top)
                    .toList();
        }
    }

    final int port;
    final Path log;
    private final Process process;
    private final String javaHome;

    private ChatServerProcess(int port, Path log, Process process, String javaHome) {
        this.port = port;
        this.log = log;
        this.process = process;
        this.javaHome = javaHome;
    }

    static ChatServerProcess start(String classpath, String heap, List<String> jvmOptions, List<String> arguments,
            Path log) throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        String javaHome = System.getProperty("java.home");
        List<String> command = new ArrayList<>(List.of(javaHome + "/bin/java", "-Xms" + heap, "-Xmx" + heap,
                "--enable-native-access=ALL-UNNAMED", "--add-modules", "jdk.incubator.vector"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, "nl.wegwijs.WegwijsApplication", "--server.port=" + port));
        command.addAll(arguments);
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChatServerProcess(port, log, process, javaHome);
    }

    long pid() {
        return process.pid();
    }

    void awaitReady(Duration limit) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + limit.toNanos();
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server stopped; see " + log);
            }
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
        throw new IllegalStateException("The server was not ready within " + limit + "; see " + log);
    }

    /** {@code jcmd GC.class_histogram}: a full GC, then the live objects per class. */
    Histogram liveHistogram() throws IOException, InterruptedException {
        String output = jcmd("GC.class_histogram");
        Map<String, long[]> classes = new HashMap<>();
        long bytes = 0;
        long instances = 0;
        for (String line : output.lines().toList()) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 3 && fields[0].equals("Total")) {
                instances = Long.parseLong(fields[1]);
                bytes = Long.parseLong(fields[2]);
            } else if (fields.length >= 4 && fields[0].endsWith(":")) {
                classes.merge(fields[3], new long[] {Long.parseLong(fields[2]), Long.parseLong(fields[1])},
                        (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
            }
        }
        if (bytes == 0) {
            throw new IllegalStateException("No histogram from jcmd: " + output.lines().limit(5).toList());
        }
        return new Histogram(bytes, instances, classes);
    }

    /** The server's CPU time so far (user + system), from /proc. */
    long cpuNanos() {
        try {
            String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
            return ticks * 10_000_000L; // USER_HZ = 100 on Linux
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private String jcmd(String what) throws IOException, InterruptedException {
        Process jcmd = new ProcessBuilder(javaHome + "/bin/jcmd", String.valueOf(process.pid()), what)
                .redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes());
        if (!jcmd.waitFor(5, TimeUnit.MINUTES) || jcmd.exitValue() != 0) {
            throw new IllegalStateException("jcmd " + what + " failed: " + output);
        }
        return output;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
