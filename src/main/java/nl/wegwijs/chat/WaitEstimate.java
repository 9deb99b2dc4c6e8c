package nl.wegwijs.chat;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * An honest wait range for a place in line, from the capacity on duty and the length of recent
 * chats (docs/decisions/010-chat-engine.md): expected = position × average length ÷ capacity,
 * shown as half to one and a half times that. Guarded by the Switchboard.
 */
final class WaitEstimate {

    static final int RECENT = 20;

    private final Deque<Long> recentSeconds = new ArrayDeque<>();
    private final long defaultSeconds;

    WaitEstimate(int defaultChatMinutes) {
        this.defaultSeconds = defaultChatMinutes * 60L;
    }

    /** Remembers how long an answered chat lasted (from assignment to end). */
    void answeredChatLasted(long seconds) {
        recentSeconds.addLast(Math.max(0, seconds));
        if (recentSeconds.size() > RECENT) {
            recentSeconds.removeFirst();
        }
    }

    double averageChatSeconds() {
        return recentSeconds.isEmpty() ? defaultSeconds
                : recentSeconds.stream().mapToLong(Long::longValue).average().orElse(defaultSeconds);
    }

    /** Minimum and maximum whole minutes for this position with this many chat slots on duty. */
    int[] minutes(int position, int capacityOnDuty) {
        double expectedMinutes = position * averageChatSeconds() / Math.max(1, capacityOnDuty) / 60.0;
        int min = (int) Math.floor(expectedMinutes * 0.5);
        int max = Math.max(min + 1, (int) Math.ceil(expectedMinutes * 1.5));
        return new int[] {min, max};
    }
}
