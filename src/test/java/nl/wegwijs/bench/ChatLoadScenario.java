package nl.wegwijs.bench;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the simulated people share: the settings of the run, the clock of their human pace, the
 * ledger of messages, the moment conversations may begin ({@link #go}), and counters of what
 * happened. Visitors and responders run on {@link #timers}; nobody holds a thread while waiting.
 */
final class ChatLoadScenario {

    /** The run's shape: how many, how chatty, how fast. */
    record Settings(int visitors, int responders, int crisisWorkers, int capacity, int messagesPerSide,
            long minGapMillis, long maxGapMillis, int urgentEvery) {

        double meanGapSeconds() {
            return (minGapMillis + maxGapMillis) / 2000.0;
        }

        double messagesPerMinutePerConnection() {
            return 60.0 / meanGapSeconds();
        }
    }

    static final List<String> VISITOR_TEXTS = List.of(
            "Hoi, ik wilde even met iemand praten.", "Het is de laatste tijd best druk in mijn hoofd.",
            "Mijn moeder woont sinds kort bij ons en de zorg valt me zwaar.", "Ik slaap slecht, ik lig veel te piekeren.",
            "Op mijn werk merken ze er niets van, denk ik.", "Mijn vrienden zie ik bijna niet meer.",
            "Ik weet niet zo goed waar ik moet beginnen.", "Fijn dat ik het even kwijt kan.",
            "Ja, dat herken ik wel.", "Misschien moet ik het eens met de huisarts bespreken.",
            "Dank je, dat helpt me al een beetje.", "Ik ga er vanavond nog even over nadenken.");
    static final List<String> RESPONDER_TEXTS = List.of(
            "Hoi, fijn dat je er bent. Waar wil je over praten?", "Dat klinkt als een hoop tegelijk.",
            "Hoe lang speelt dit al?", "Wat zou je nu het meest helpen?", "Heb je iemand om je heen die het weet?",
            "Het is goed dat je het zegt.", "Wat doe je meestal als het te veel wordt?",
            "Er is ook mantelzorgondersteuning in de gemeente, zal ik die noemen?", "Neem gerust de tijd.",
            "Hoe voel je je nu, na dit gesprek?", "Je mag altijd terugkomen, dag en nacht.",
            "Zorg goed voor jezelf vanavond.");

    final Settings settings;
    final ChatDeliveries deliveries;
    final ScheduledExecutorService timers;
    final CompletableFuture<Void> go = new CompletableFuture<>();
    final CountDownLatch finished;
    final Map<String, AtomicLong> events = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> errors = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> lost = new ConcurrentHashMap<>();
    final AtomicInteger open = new AtomicInteger();
    final AtomicInteger mostOpen = new AtomicInteger();
    final AtomicInteger answered = new AtomicInteger();
    final AtomicInteger refused = new AtomicInteger();
    final Latencies waitForResponder = new Latencies();
    private final ThreadLocal<SplittableRandom> random;

    ChatLoadScenario(Settings settings, ScheduledExecutorService timers) {
        this.settings = settings;
        this.deliveries = new ChatDeliveries(settings.messagesPerSide());
        this.timers = timers;
        this.finished = new CountDownLatch(settings.visitors());
        AtomicLong seeds = new AtomicLong(11);
        this.random = ThreadLocal.withInitial(() -> new SplittableRandom(seeds.getAndIncrement()));
    }

    /** The pause before a person's next message: uniform between the run's bounds. */
    long gapMillis() {
        return random.get().nextLong(settings.minGapMillis(), settings.maxGapMillis() + 1);
    }

    /** The pause before a first message (reading the greeting, finding words). */
    long firstMillis() {
        return random.get().nextLong(2_000, 6_000);
    }

    void later(long millis, Runnable action) {
        timers.schedule(() -> {
            try {
                action.run();
            } catch (RuntimeException e) {
                count(errors, "client: " + e.getClass().getSimpleName() + " " + e.getMessage());
            }
        }, millis, TimeUnit.MILLISECONDS);
    }

    /** Runs {@code action} once conversations may begin (at once after the go). */
    void whenGo(Runnable action) {
        go.thenRun(() -> later(0, action));
    }

    static String text(List<String> texts, int n) {
        return texts.get((n - 1) % texts.size()) + " #" + n;
    }

    /** The message number the sender put at the end of the text. */
    static int number(String text) {
        int hash = text.lastIndexOf(" #");
        try {
            return hash < 0 ? -1 : Integer.parseInt(text.substring(hash + 2));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    void opened() {
        mostOpen.accumulateAndGet(open.incrementAndGet(), Math::max);
    }

    void connectionLost(String who, String why) {
        open.decrementAndGet();
        count(lost, why.length() > 80 ? why.substring(0, 80) : why);
    }

    static void count(Map<String, AtomicLong> counters, String key) {
        counters.computeIfAbsent(key, k -> new AtomicLong()).incrementAndGet();
    }
}
