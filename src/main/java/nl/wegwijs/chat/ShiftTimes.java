package nl.wegwijs.chat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/** Checks a new shift's fields and times before the rota looks at the responder and overlaps. */
final class ShiftTimes {

    record Checked(Instant start, Instant end) {
    }

    private ShiftTimes() {
    }

    static Checked check(ShiftRequest request, Instant now) {
        if (request.responder() == null || request.responder().isBlank()) {
            throw new ShiftRejected(ShiftRejected.Field.RESPONDER, "chat.rota.error.responder-missing");
        }
        if (request.tier() == null) {
            throw new ShiftRejected(ShiftRejected.Field.TIER, "chat.rota.error.tier-missing");
        }
        if (request.date() == null) {
            throw new ShiftRejected(ShiftRejected.Field.DATE, "chat.rota.error.date-missing");
        }
        if (request.start() == null) {
            throw new ShiftRejected(ShiftRejected.Field.START, "chat.rota.error.start-missing");
        }
        if (request.end() == null) {
            throw new ShiftRejected(ShiftRejected.Field.END, "chat.rota.error.end-missing");
        }
        LocalDateTime localStart = request.date().atTime(request.start());
        LocalDateTime localEnd = request.date().plusDays(request.endsNextDay() ? 1 : 0).atTime(request.end());
        if (!localEnd.isAfter(localStart)) {
            throw new ShiftRejected(ShiftRejected.Field.END, "chat.rota.error.end-before-start");
        }
        // Through the zone: a night shift across the change to summer time is an hour shorter.
        Instant start = localStart.atZone(ChatRota.ZONE).toInstant();
        Instant end = localEnd.atZone(ChatRota.ZONE).toInstant();
        if (Duration.between(start, end).compareTo(ChatRota.LONGEST_SHIFT) > 0) {
            throw new ShiftRejected(ShiftRejected.Field.END, "chat.rota.error.too-long");
        }
        if (!end.isAfter(now)) {
            throw new ShiftRejected(ShiftRejected.Field.DATE, "chat.rota.error.past");
        }
        return new Checked(start, end);
    }
}
