package nl.wegwijs.chat;

import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The chat's clockwork: timers of live conversations, and the purge of transcripts past the retention. */
@Component
class ChatTimers {

    private static final Logger log = LoggerFactory.getLogger(ChatTimers.class);

    private final Switchboard board;
    private final Transcripts transcripts;
    private final ChatProperties properties;

    ChatTimers(Switchboard board, Transcripts transcripts, ChatProperties properties) {
        this.board = board;
        this.transcripts = transcripts;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void closeConversationsOfAnEarlierRun() {
        int abandoned = transcripts.endAbandoned(board.clock.instant());
        if (abandoned > 0) {
            log.info("Closed {} chat transcripts left open by an earlier run; they are purged after the retention",
                    abandoned);
        }
    }

    @Scheduled(fixedDelayString = "${wegwijs.chat.tick:1s}", initialDelayString = "${wegwijs.chat.tick:1s}")
    void tick() {
        board.tick();
    }

    @Scheduled(fixedDelayString = "${wegwijs.chat.purge-interval:10m}", initialDelayString = "${wegwijs.chat.purge-interval:10m}")
    void purge() {
        purgeNow();
    }

    /** Removes the transcripts of conversations that ended longer ago than the retention. */
    int purgeNow() {
        Instant before = board.clock.instant().minus(properties.retention());
        int purged = transcripts.purgeEndedBefore(before);
        if (purged > 0) {
            log.info("Purged {} chat transcripts past the retention of {}", purged, properties.retention());
        }
        return purged;
    }
}
