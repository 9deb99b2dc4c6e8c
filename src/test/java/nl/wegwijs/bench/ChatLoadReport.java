package nl.wegwijs.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

/** The chat load benchmark's figures as a Markdown section for docs/benchmarks.md. */
final class ChatLoadReport {

    private final ChatLoadScenario.Settings settings;
    private final DirectoryBenchReport.Machine machine;
    String command;
    String serverJvm;
    String serverProperties;
    ChatServerProcess.Histogram heapBefore;
    ChatServerProcess.Histogram heapIdle;
    int openWhenIdle;
    double connectSeconds;
    double runSeconds;
    double serverCpuShare;
    double clientCpuShare;
    double othersShare;
    String loadAverageBefore;
    String loadAverageAfter;
    long unfinished;
    Duration took;
    private final StringBuilder out = new StringBuilder();

    ChatLoadReport(ChatLoadScenario.Settings settings, DirectoryBenchReport.Machine machine) {
        this.settings = settings;
        this.machine = machine;
    }

    String markdown(ChatLoadScenario run) {
        var totals = run.deliveries.totals();
        var both = run.deliveries.both();
        double perVisitor = (heapIdle.bytes() - heapBefore.bytes()) / (double) settings.visitors();
        line(String.format(Locale.ROOT, "## Luisterend oor (chat): %,d visitors and %,d responders over STOMP",
                settings.visitors(), settings.responders()));
        line("");
        line(String.format(Locale.ROOT, "Target (issue 5): on this 2-core machine, 2,000 concurrent visitor connections "
                + "and 200 responders, message delivery p99 ≤ %.0f ms, zero lost or duplicated messages, heap per idle "
                + "visitor connection measured.", ChatLoadBenchmark.P99_TARGET_MS));
        line("");
        line("**Command**: `" + command + "` (" + LocalDate.now() + ", took " + took.toMinutes() + " min "
                + took.toSecondsPart() + " s). It compiles the tests, empties the benchmark database, creates the "
                + "schema and " + settings.responders() + " staff accounts (" + settings.crisisWorkers()
                + " CRISIS_WORKER, the rest VOLUNTEER), and starts the portal as the real server in a JVM of its own ("
                + serverJvm + "; embedded Tomcat, STOMP at `/ws/chat`, PostgreSQL; Vaadin in development mode; set for "
                + "the scenario: `" + serverProperties + "`, every other chat setting at its default, so 30 messages "
                + "per minute per connection). `nl.wegwijs.bench.ChatLoadBenchmark` then plays every visitor and "
                + "responder in one client JVM over the public protocol only: `java.net.http.WebSocket` (no thread per "
                + "connection) with a small STOMP 1.2 frame codec, heart-beats 10 s both ways, responders with HTTP "
                + "Basic.");
        line("");
        line(String.format(Locale.ROOT, "**Scenario**: the responders connect; one goes on duty (capacity 1); "
                + "the %,d visitors connect (batches of 100), subscribe and send `chat.start` (every %dth urgent) and "
                + "wait. Then all responders go on duty with capacity %d (%,d chats at once); the rest wait and are "
                + "served as chats end. In each chat both sides write %d messages, each after a pause drawn evenly "
                + "from %.0f–%.0f s (≈ %.1f messages per minute per connection); the responder ends the chat "
                + "(`listened`) once it has read all of the visitor's. Latency = the sender's `System.nanoTime()` "
                + "just before its SEND → the other side's receipt of the `message` event (both in the client JVM, "
                + "one clock). Every receipt is checked: exactly once, `seq` in order without gaps.",
                settings.visitors(), settings.urgentEvery(), settings.capacity(),
                settings.responders() * settings.capacity(), settings.messagesPerSide(),
                settings.minGapMillis() / 1000.0, settings.maxGapMillis() / 1000.0,
                settings.messagesPerMinutePerConnection()));
        line("");
        line("**Machine**: " + machine.cores() + " cores, " + machine.cpu() + ", " + machine.memory() + ", "
                + machine.os() + ", " + machine.jdk() + "; client JVM " + machine.jvm() + ".");
        line("");
        line("| target | measured | met |");
        line("|---|---|---|");
        line(String.format(Locale.ROOT, "| %,d visitor connections and %,d responders at once | %,d connections held "
                + "(%,d open while idle), %,d lost by the client | %s |", settings.visitors(), settings.responders(),
                run.mostOpen.get(), openWhenIdle, run.lost.values().stream().mapToLong(AtomicLong::get).sum(),
                yes(run.mostOpen.get() >= settings.visitors() + settings.responders()
                        && run.lost.isEmpty())));
        line("| delivery p99 ≤ " + Latencies.Summary.fmt(ChatLoadBenchmark.P99_TARGET_MS) + " ms (both ways) | "
                + Latencies.Summary.fmt(both.p99()) + " ms | " + yes(both.p99() <= ChatLoadBenchmark.P99_TARGET_MS) + " |");
        line(String.format(Locale.ROOT, "| zero lost, zero duplicated | %,d sent, %,d delivered, %,d lost, %,d "
                + "duplicated, %,d out of order | %s |", totals.sent(), totals.delivered(), totals.lost(),
                totals.duplicated(), run.deliveries.outOfOrder.get(), yes(totals.lost() == 0 && totals.duplicated() == 0
                        && run.deliveries.outOfOrder.get() == 0 && totals.sent() > 0)));
        line(String.format(Locale.ROOT, "| heap per idle visitor connection measured | %.1f KiB | yes |",
                perVisitor / 1024));
        line("");
        line("### Delivery latency (ms)");
        line("");
        line("| path | n | p50 | p95 | p99 | max |");
        line("|---|---|---|---|---|---|");
        line("| **both ways** | " + both.cells() + " |");
        line("| visitor → responder | " + run.deliveries.visitorToResponder.summary().cells() + " |");
        line("| responder → visitor | " + run.deliveries.responderToVisitor.summary().cells() + " |");
        line("| sender's own echo (the server's answer to a SEND) | " + run.deliveries.echo.summary().cells() + " |");
        line("");
        line("Both ways, by when the message was sent (seconds after all went on duty):");
        line("");
        line("| sent at (s) | n | p50 | p95 | p99 | max |");
        line("|---|---|---|---|---|---|");
        run.deliveries.windows.forEach((window, latencies) -> {
            synchronized (latencies) {
                long from = window * ChatDeliveries.WINDOW_NANOS / 1_000_000_000L;
                line("| " + from + "–" + (from + ChatDeliveries.WINDOW_NANOS / 1_000_000_000L) + " | "
                        + latencies.summary().cells() + " |");
            }
        });
        line("");
        var wait = run.waitForResponder.summary();
        line(String.format(Locale.ROOT, "**Counts**: %,d conversations, %,d answered, %,d refused (`unavailable`), "
                + "%,d not ended when the run stopped; own echoes lost %,d, duplicated %,d; wait from `chat.start` to "
                + "`assigned` p50 %.0f s, p95 %.0f s, max %.0f s. Connect phase %.1f s; run (all on duty → every chat "
                + "ended) %.0f s.", totals.conversations(), run.answered.get(), run.refused.get(), unfinished,
                totals.echoLost(), totals.echoDuplicated(), wait.p50() / 1000, wait.p95() / 1000, wait.max() / 1000,
                connectSeconds, runSeconds));
        line("");
        line("**Events received** (by type): " + counts(run.events) + ".");
        if (!run.errors.isEmpty()) {
            line("");
            line("**Errors**: " + counts(run.errors) + ".");
        }
        if (!run.lost.isEmpty()) {
            line("");
            line("**Connections lost**: " + counts(run.lost) + ".");
        }
        line("");
        line(String.format(Locale.ROOT, "**Heap per idle visitor connection**: live objects in the server JVM after a "
                + "full GC (`jcmd GC.class_histogram`), with the responders connected, before the visitors: %.1f MB; "
                + "with %,d visitors connected, subscribed, started and waiting: %.1f MB; difference / %,d = **%.1f "
                + "KiB per visitor connection** (%.0f objects). Grown most:", mb(heapBefore.bytes()), settings.visitors(),
                mb(heapIdle.bytes()), settings.visitors(), perVisitor / 1024,
                (heapIdle.instances() - heapBefore.instances()) / (double) settings.visitors()));
        line("");
        line("| class | bytes per visitor | objects per visitor |");
        line("|---|---|---|");
        for (var entry : heapIdle.grownFrom(heapBefore, 12)) {
            line(String.format(Locale.ROOT, "| `%s` | %,.0f | %.1f |", entry.getKey(),
                    entry.getValue()[0] / (double) settings.visitors(), entry.getValue()[1] / (double) settings.visitors()));
        }
        line("");
        line(String.format(Locale.ROOT, "**CPU during the run** (share of the whole machine): server JVM %.0f%%, "
                + "client JVM %.0f%%, other processes %.0f%% (includes PostgreSQL, which stores every message for the "
                + "server, and anything else running on the machine); load average (1 / 5 min) %s before, %s after.",
                100 * serverCpuShare, 100 * clientCpuShare, 100 * othersShare, loadAverageBefore, loadAverageAfter));
        line("");
        return out.toString();
    }

    private static String counts(Map<String, AtomicLong> counters) {
        var sorted = new TreeMap<String, Long>();
        counters.forEach((key, value) -> sorted.put(key, value.get()));
        var text = new StringBuilder();
        sorted.forEach((key, value) -> text.append(text.isEmpty() ? "" : ", ").append(key.replace("|", "\\|"))
                .append(String.format(Locale.ROOT, " %,d", value)));
        return text.toString();
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }

    private static String yes(boolean met) {
        return met ? "yes" : "**no**";
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
