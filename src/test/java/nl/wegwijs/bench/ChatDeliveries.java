package nl.wegwijs.bench;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's ledger of every chat message: when each side sent it, and each time a side
 * received it. From it come the delivery latencies (sender's send → the other side's receipt, and
 * the sender's own echo), messages lost (sent, never received by the other side) or duplicated
 * (received twice), and sequence numbers out of order. Both sides live in this JVM, so one clock
 * ({@link System#nanoTime()}) times both ends.
 */
final class ChatDeliveries {

    static final String VISITOR = "visitor";
    static final String RESPONDER = "responder";

    /** Sent and received messages of one conversation; its methods are called from both sides' threads. */
    static final class Ledger {
        private final long[][] sentAt;
        private final int[][] receivedByOther;
        private final int[][] echoes;
        private final long[] lastSeq = new long[2];
        private final int[] sent = new int[2];

        Ledger(int perSide) {
            sentAt = new long[2][perSide + 1];
            receivedByOther = new int[2][perSide + 1];
            echoes = new int[2][perSide + 1];
        }
    }

    private final Map<String, Ledger> conversations = new ConcurrentHashMap<>();
    private final int perSide;
    final Latencies visitorToResponder = new Latencies();
    final Latencies responderToVisitor = new Latencies();
    final Latencies echo = new Latencies();
    /** Cross deliveries by the 30-second window (after the go) in which they were sent. */
    final Map<Long, Latencies> windows = new java.util.concurrent.ConcurrentSkipListMap<>();
    static final long WINDOW_NANOS = 30_000_000_000L;
    volatile long goNanos;
    final AtomicLong outOfOrder = new AtomicLong();
    final AtomicLong unexpected = new AtomicLong();

    ChatDeliveries(int perSide) {
        this.perSide = perSide;
    }

    Ledger ledger(String conversationId) {
        return conversations.computeIfAbsent(conversationId, id -> new Ledger(perSide));
    }

    /** Records the send of message {@code n} (1-based) of one side, just before the frame goes out. */
    void sent(String conversationId, String from, int n) {
        Ledger ledger = ledger(conversationId);
        synchronized (ledger) {
            ledger.sentAt[side(from)][n] = System.nanoTime();
            ledger.sent[side(from)]++;
        }
    }

    /**
     * A {@code message} event arrived at {@code receiver}: checks its seq follows the previous one,
     * and times it if it is the other side's message (or the sender's own echo).
     */
    void received(String conversationId, String receiver, String from, long seq, int n, long receivedNanos) {
        Ledger ledger = ledger(conversationId);
        long latency = -1;
        long sentAt = 0;
        boolean own = receiver.equals(from);
        synchronized (ledger) {
            int me = side(receiver);
            if (seq != ledger.lastSeq[me] + 1) {
                outOfOrder.incrementAndGet();
            }
            ledger.lastSeq[me] = Math.max(ledger.lastSeq[me], seq);
            if (n < 1 || n > perSide || (!from.equals(VISITOR) && !from.equals(RESPONDER))) {
                unexpected.incrementAndGet();
                return;
            }
            int[][] counts = own ? ledger.echoes : ledger.receivedByOther;
            if (counts[side(from)][n]++ == 0 && ledger.sentAt[side(from)][n] != 0) {
                sentAt = ledger.sentAt[side(from)][n];
                latency = receivedNanos - sentAt;
            }
        }
        if (latency >= 0) {
            Latencies target = own ? echo : from.equals(VISITOR) ? visitorToResponder : responderToVisitor;
            synchronized (target) {
                target.add(latency);
            }
            if (!own) {
                Latencies window = windows.computeIfAbsent((sentAt - goNanos) / WINDOW_NANOS, w -> new Latencies());
                synchronized (window) {
                    window.add(latency);
                }
            }
        }
    }

    /** Whether {@code receiver} has had every one of the other side's messages (to end the chat). */
    boolean receivedAll(String conversationId, String receiver) {
        Ledger ledger = ledger(conversationId);
        synchronized (ledger) {
            int other = 1 - side(receiver);
            for (int n = 1; n <= perSide; n++) {
                if (ledger.receivedByOther[other][n] == 0) {
                    return false;
                }
            }
            return true;
        }
    }

    /** Totals over all conversations: sent, delivered to the other side, lost, duplicated, echo lost. */
    record Totals(long conversations, long sent, long delivered, long lost, long duplicated, long echoLost,
            long echoDuplicated) {
    }

    Totals totals() {
        long sent = 0, delivered = 0, lost = 0, duplicated = 0, echoLost = 0, echoDuplicated = 0;
        for (Ledger ledger : conversations.values()) {
            synchronized (ledger) {
                for (int side = 0; side < 2; side++) {
                    for (int n = 1; n <= perSide; n++) {
                        if (ledger.sentAt[side][n] == 0) {
                            continue;
                        }
                        sent++;
                        int other = ledger.receivedByOther[side][n];
                        int own = ledger.echoes[side][n];
                        delivered += Math.min(other, 1);
                        lost += other == 0 ? 1 : 0;
                        duplicated += Math.max(0, other - 1);
                        echoLost += own == 0 ? 1 : 0;
                        echoDuplicated += Math.max(0, own - 1);
                    }
                }
            }
        }
        return new Totals(conversations.size(), sent, delivered, lost, duplicated, echoLost, echoDuplicated);
    }

    Latencies.Summary both() {
        Latencies all = new Latencies();
        for (Latencies part : new Latencies[] {visitorToResponder, responderToVisitor}) {
            synchronized (part) {
                part.copyTo(all);
            }
        }
        return all.summary();
    }

    private static int side(String who) {
        return who.equals(VISITOR) ? 0 : 1;
    }
}
