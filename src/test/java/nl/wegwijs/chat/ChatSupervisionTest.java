package nl.wegwijs.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import nl.wegwijs.chat.LiveConversation.Status;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.socket.WebSocketHttpHeaders;

/**
 * A coordinator sees the queue and the live conversations, reads along silently (every read-along
 * audit-logged, without text), and blocks the device of a conversation until the block ends or is lifted.
 */
@ChatServerTest
// A context of its own (the movable clock): its own search index folder, as Lucene locks the shared one.
@TestPropertySource(properties = "wegwijs.data-dir=target/test-data-chat-supervision")
@WithMockUser(username = "coordinator", roles = "COORDINATOR")
class ChatSupervisionTest extends ChatTestSupport {

    private static final String DEVICE = "d-7c1e9a40b2f84d3e9a65c0d1f2b3a4e5";
    private static final String OTHER_DEVICE = "d-0f1e2d3c4b5a69788796a5b4c3d2e1f0";

    @Autowired
    ChatSupervision supervision;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    /** The whole portal runs on a clock the test moves, to see a block end after 24 hours. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MovableTime {
        @Bean
        @Primary
        MutableClock movableClock() {
            return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        }
    }

    @BeforeEach
    void noBlocksOrReadAlongs() {
        jdbc.update("DELETE FROM chat_device_block");
        jdbc.update("DELETE FROM chat_read_along");
    }

    @Test
    void readingAlongReturnsTheTranscriptWritesOneAuditRowWithoutTextAndNobodyInTheChatNotices() {
        var volunteer = onDuty("volunteer", 1);
        var visitor = visitor();
        String id = (String) start(visitor, Map.of("nickname", "Sam")).get("conversationId");
        volunteer.await("assigned");
        visitor.await("assigned");
        say(visitor, false, id, "m1", "Ik voel me zo alleen vanavond");
        volunteer.await("message");
        say(volunteer, true, id, "r1", "Fijn dat je er bent. Vertel maar.");
        visitor.await("message");
        visitor.drain(Duration.ofMillis(300));
        volunteer.drain(Duration.ofMillis(300));

        var transcript = supervision.readAlong(id);

        assertThat(transcript.ended()).isFalse();
        assertThat(transcript.lines()).extracting(ReadAlongTranscript.Line::from).containsExactly("visitor", "responder");
        assertThat(transcript.lines()).extracting(ReadAlongTranscript.Line::text)
                .containsExactly("Ik voel me zo alleen vanavond", "Fijn dat je er bent. Vertel maar.");
        var audit = jdbc.queryForList("SELECT * FROM chat_read_along");
        assertThat(audit).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("coordinator", "coordinator").containsEntry("conversation_id", id);
            assertThat(row.toString()).doesNotContain("alleen", "Vertel", "Sam");
        });
        assertThat(visitor.drain(Duration.ofMillis(500))).as("the visitor is told nothing").isEmpty();
        assertThat(volunteer.drain(Duration.ofMillis(300))).as("the volunteer is told nothing").isEmpty();

        assertThat(supervision.follow(id, transcript.lastSeq()).lines()).isEmpty();
        say(visitor, false, id, "m2", "Het is al weken zo");
        volunteer.await("message");
        var update = supervision.follow(id, transcript.lastSeq());
        assertThat(update.lines()).extracting(ReadAlongTranscript.Line::text).containsExactly("Het is al weken zo");
        assertThat(update.lines().getFirst().seq()).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chat_read_along", Long.class))
                .as("following the same read-along is not a new one").isEqualTo(1);

        supervision.readAlong(id);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chat_read_along", Long.class)).isEqualTo(2);
        assertThat(supervision.readAlongLog()).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.conversationId()).isEqualTo(id);
            assertThat(entry.displayName()).isEqualTo("Demo coordinator");
            assertThat(entry.readAt()).isEqualTo(clock.instant());
        });
    }

    @Test
    void theOverviewShowsTheQueueWhoIsOnDutyAndEachLiveConversation() {
        var volunteer = onDuty("volunteer", 1);
        var answered = visitor();
        String answeredId = (String) start(answered, Map.of("topic", "Mantelzorg")).get("conversationId");
        volunteer.await("assigned");
        var connect = new StompHeaders();
        connect.set("device-token", DEVICE);
        var waiting = keep(ChatClient.visitor(port, connect, new WebSocketHttpHeaders()));
        String waitingId = (String) start(waiting, Map.of("urgent", true)).get("conversationId");
        waiting.await("queued");
        clock.advance(Duration.ofSeconds(2));

        var overview = supervision.overview();

        assertThat(overview.waiting()).isEqualTo(1);
        assertThat(overview.longestWaitSeconds()).isEqualTo(2);
        assertThat(overview.onDuty()).singleElement().isEqualTo(
                new LiveOverview.OnDuty("volunteer", "Demo volunteer", Tier.VOLUNTEER, 1, 1));
        assertThat(overview.conversations()).extracting(LiveConversation::id).containsExactly(answeredId, waitingId);
        var first = overview.conversations().get(1);
        assertThat(first.status()).isEqualTo(Status.WAITING);
        assertThat(first.tier()).isEqualTo(Tier.CRISIS);
        assertThat(first.urgent()).isTrue();
        assertThat(first.deviceKnown()).isTrue();
        assertThat(first.responder()).isNull();
        assertThat(first.shortId()).hasSize(6).isEqualTo(waitingId.substring(2, 8));
        var second = overview.conversations().getFirst();
        assertThat(second.status()).isEqualTo(Status.ASSIGNED);
        assertThat(second.responder()).isEqualTo("Demo volunteer");
        assertThat(second.deviceKnown()).isFalse();
        assertThat(overview.toString()).doesNotContain(DEVICE, ChatBlocks.hash(DEVICE), "Mantelzorg");
    }

    @Test
    void blockingTheDeviceOfALiveConversationStopsNewStartsFromItUntilTheBlockEnds() {
        var volunteer = onDuty("volunteer", 2);
        var blocked = deviceVisitor(DEVICE);
        String id = (String) start(blocked, Map.of("language", "nl")).get("conversationId");
        volunteer.await("assigned");
        blocked.await("assigned");

        Instant until = supervision.blockDevice(id, ChatBlocks.Length.DAY);

        assertThat(until).isEqualTo(clock.instant().plus(Duration.ofHours(24)));
        say(blocked, false, id, "m1", "Ben je er nog?");
        assertThat(volunteer.await("message")).as("the current chat goes on").containsEntry("text", "Ben je er nog?");
        var again = deviceVisitor(DEVICE);
        start(again, Map.of("language", "nl"));
        assertThat(again.await("unavailable")).containsEntry("reason", "blocked");
        var other = deviceVisitor(OTHER_DEVICE);
        start(other, Map.of("language", "nl"));
        assertThat(other.await("assigned")).as("another device is not blocked").isNotNull();
        assertThat(supervision.activeBlocks()).singleElement().satisfies(block -> {
            assertThat(block.tokenHash()).isEqualTo(ChatBlocks.hash(DEVICE));
            assertThat(block.blockedBy()).isEqualTo("coordinator");
            assertThat(block.blockedByName()).isEqualTo("Demo coordinator");
            assertThat(block.blockedAt()).isEqualTo(clock.instant());
            assertThat(block.expiresAt()).isEqualTo(until);
        });

        clock.advance(Duration.ofHours(24).minusSeconds(1));
        var stillBlocked = deviceVisitor(DEVICE);
        start(stillBlocked, Map.of("language", "nl"));
        assertThat(stillBlocked.await("unavailable")).containsEntry("reason", "blocked");
        clock.advance(Duration.ofSeconds(1));
        assertThat(supervision.activeBlocks()).isEmpty();
        var afterADay = deviceVisitor(DEVICE);
        start(afterADay, Map.of("language", "nl"));
        assertThat(afterADay.await("assigned")).as("the block ended by itself").isNotNull();
        assertThat(afterADay.seen).noneMatch(event -> "unavailable".equals(event.get("type")));
    }

    @Test
    void liftingABlockLetsTheDeviceStartAgainAtOnce() {
        onDuty("volunteer", 2);
        var first = deviceVisitor(DEVICE);
        String id = (String) start(first, Map.of("language", "nl")).get("conversationId");
        supervision.blockDevice(id, ChatBlocks.Length.WEEK);
        var refused = deviceVisitor(DEVICE);
        start(refused, Map.of("language", "nl"));
        assertThat(refused.await("unavailable")).containsEntry("reason", "blocked");

        String hash = supervision.activeBlocks().getFirst().tokenHash();
        assertThat(supervision.liftBlock(hash)).isTrue();
        assertThat(supervision.liftBlock(hash)).as("already lifted").isFalse();

        assertThat(supervision.activeBlocks()).isEmpty();
        var welcome = deviceVisitor(DEVICE);
        start(welcome, Map.of("language", "nl"));
        assertThat(welcome.await("assigned")).isNotNull();
        assertThat(welcome.seen).noneMatch(event -> "unavailable".equals(event.get("type")));
    }

    @Test
    void aConversationWithoutADeviceTokenCannotBeBlockedAndAFollowNeedsAReadAlongFirst() {
        onDuty("volunteer", 1);
        var visitor = visitor();
        String id = (String) start(visitor, Map.of("language", "nl")).get("conversationId");

        assertThatThrownBy(() -> supervision.blockDevice(id, ChatBlocks.Length.DAY)).isInstanceOf(ChatException.class)
                .extracting(e -> ((ChatException) e).code()).isEqualTo(ChatException.BAD_REQUEST);
        assertThatThrownBy(() -> supervision.blockDevice("c-unknown", ChatBlocks.Length.DAY))
                .isInstanceOf(ChatException.class)
                .extracting(e -> ((ChatException) e).code()).isEqualTo(ChatException.UNKNOWN_CONVERSATION);
        assertThatThrownBy(() -> supervision.follow(id, 0)).isInstanceOf(ChatException.class)
                .extracting(e -> ((ChatException) e).code()).isEqualTo(ChatException.FORBIDDEN);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chat_device_block", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chat_read_along", Long.class)).isZero();
    }

    @Test
    @WithMockUser(username = "volunteer", roles = {"VOLUNTEER", "CRISIS_WORKER"})
    void aVolunteerOrCrisisWorkerIsRefusedEverything() {
        onDuty("crisis", 1);
        var visitor = deviceVisitor(DEVICE);
        String id = (String) start(visitor, Map.of("language", "nl")).get("conversationId");

        assertThatThrownBy(() -> supervision.overview()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supervision.readAlong(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supervision.follow(id, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supervision.blockDevice(id, ChatBlocks.Length.DAY))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supervision.activeBlocks()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supervision.liftBlock(ChatBlocks.hash(DEVICE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> supervision.readAlongLog()).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chat_read_along", Long.class)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM chat_device_block", Long.class)).isZero();
    }

    private ChatClient deviceVisitor(String deviceToken) {
        var connect = new StompHeaders();
        connect.set("device-token", deviceToken);
        return keep(ChatClient.visitor(port, connect, new WebSocketHttpHeaders()));
    }
}
