package nl.wegwijs.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A visitor and a responder talk over real WebSockets: queue, assignment, order, resume, idempotency. */
@ChatServerTest
class ChatConversationTest extends ChatTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChatTestBeans.RecordedStatistics statistics;

    @Autowired
    ChatDesk desk;

    @Autowired
    org.springframework.messaging.simp.user.SimpUserRegistry users;

    @Test
    void queuesTheVisitorThenAssignsAVolunteerWhoComesOnDutyAndMessagesFlowBothWaysInOrder() {
        onDuty("crisis", 1); // on duty, but not the tier of an ordinary chat (until the fallback)
        var visitor = visitor();
        var started = start(visitor, Map.of("nickname", "Sam", "topic", "Eenzaam", "language", "nl"));
        String id = (String) started.get("conversationId");
        assertThat(id).startsWith("c-");
        assertThat((String) started.get("resumeToken")).startsWith("r-").hasSizeGreaterThanOrEqualTo(2 + 22);

        var queued = visitor.await("queued");
        assertThat(queued.get("position")).isEqualTo(1);
        assertThat((Integer) queued.get("estimateMaxMinutes")).isGreaterThan((Integer) queued.get("estimateMinMinutes"));

        var volunteer = onDuty("volunteer", 1);
        var assigned = volunteer.await("assigned");
        assertThat(assigned).containsEntry("conversationId", id).containsEntry("nickname", "Sam")
                .containsEntry("topic", "Eenzaam").containsEntry("urgent", false).containsEntry("risk", false);
        assertThat(visitor.await("assigned").get("responderName")).isEqualTo("Vrijwilliger");

        say(visitor, false, id, "m1", "Hoi");
        say(visitor, false, id, "m2", "Ik voel me alleen");
        assertThat(visitor.await("message")).containsEntry("seq", 1).containsEntry("clientMessageId", "m1");
        assertThat(visitor.await("message")).containsEntry("seq", 2);
        say(volunteer, true, id, "r1", "Hallo Sam, fijn dat je er bent.");
        assertThat(visitor.await("message")).containsEntry("seq", 3);
        say(visitor, false, id, "m3", "Dank je");

        var toVolunteer = messages(volunteer, 4);
        assertThat(toVolunteer).extracting(m -> m.get("seq")).containsExactly(1, 2, 3, 4);
        assertThat(toVolunteer).extracting(m -> m.get("from")).containsExactly("visitor", "visitor", "responder", "visitor");
        assertThat(toVolunteer).allSatisfy(m -> assertThat(m).containsEntry("conversationId", id));
        assertThat(toVolunteer.get(2)).containsEntry("clientMessageId", "r1");
        assertThat(toVolunteer.get(0)).doesNotContainKey("clientMessageId");

        var toVisitor = visitor.seen.stream().filter(e -> "message".equals(e.get("type"))).toList();
        assertThat(toVisitor).extracting(m -> m.get("seq")).containsExactly(1, 2, 3);
        assertThat(visitor.await("message")).containsEntry("seq", 4).containsEntry("clientMessageId", "m3");
        assertThat(toVisitor.get(2)).containsEntry("from", "responder").containsEntry("text", "Hallo Sam, fijn dat je er bent.")
                .doesNotContainKey("clientMessageId");
        // Each row is stored just after its event went out.
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForList(
                "select seq from chat_message where conversation_id = ? order by seq", Integer.class, id))
                .containsExactly(1, 2, 3, 4));

        volunteer.send("/app/responder.end", Map.of("conversationId", id, "outcome", "listened"));
        assertThat(visitor.await("ended")).containsEntry("reason", "responder-ended");
        assertThat(volunteer.await("ended")).containsEntry("conversationId", id);
        assertThat(statistics.once("listened")).last().satisfies(summary -> {
            assertThat(summary.outcome()).isEqualTo("listened");
            assertThat(summary.tier()).isEqualTo("VOLUNTEER");
            assertThat(summary.waitSeconds()).isNotNull();
            assertThat(summary.urgent()).isFalse();
        });
    }

    @Test
    void aVisitorWhoseConnectionDropsGetsExactlyTheMissedMessagesOnResume() {
        var volunteer = onDuty("volunteer", 1);
        var visitor = visitor();
        var started = start(visitor, Map.of("language", "nl"));
        String id = (String) started.get("conversationId");
        visitor.await("assigned");
        volunteer.await("assigned");
        say(visitor, false, id, "m1", "Hoi");
        assertThat(visitor.await("message")).containsEntry("seq", 1);

        visitor.cut();
        say(volunteer, true, id, "r1", "Ben je er nog?");
        say(volunteer, true, id, "r2", "Ik wacht even op je.");
        assertThat(messages(volunteer, 3)).extracting(m -> m.get("seq")).containsExactly(1, 2, 3);

        var back = visitor();
        back.send("/app/chat.resume", Map.of("resumeToken", started.get("resumeToken"), "lastSeq", 1));
        var replay = back.drain(Duration.ofSeconds(2));
        assertThat(replay).extracting(e -> e.get("type")).containsExactly("message", "message", "assigned");
        assertThat(replay).extracting(e -> e.get("seq")).containsExactly(2, 3, null);
        assertThat(replay.get(0)).containsEntry("text", "Ben je er nog?");

        say(back, false, id, "m2", "Ja, sorry, mijn bereik viel weg");
        assertThat(back.await("message")).containsEntry("seq", 4);
        assertThat(volunteer.await("message")).containsEntry("seq", 4).containsEntry("from", "visitor");
    }

    @Test
    void resendingAClientMessageIdAnswersWithTheOriginalAndNeverShowsItTwice() {
        var volunteer = onDuty("volunteer", 1);
        var visitor = visitor();
        String id = (String) start(visitor, Map.of("language", "nl")).get("conversationId");
        volunteer.await("assigned");
        say(visitor, false, id, "same", "Hallo");
        say(visitor, false, id, "same", "Hallo");
        say(visitor, false, id, "next", "Daar ben ik weer");

        var toVisitor = messages(visitor, 3);
        assertThat(toVisitor).extracting(m -> m.get("seq")).containsExactly(1, 1, 2);
        assertThat(toVisitor.get(1)).isEqualTo(toVisitor.get(0));
        assertThat(messages(volunteer, 2)).extracting(m -> m.get("seq")).containsExactly(1, 2);
        volunteer.expectNo("message", Duration.ofMillis(500));
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "select count(*) from chat_message where conversation_id = ?", Long.class, id)).isEqualTo(2));
    }

    @Test
    void withNobodyOnDutyTheVisitorIsToldAtOnce() {
        var visitor = visitor();
        long before = System.nanoTime();
        String id = (String) start(visitor, Map.of("nickname", "Nacht")).get("conversationId");
        assertThat(visitor.await("unavailable")).containsEntry("reason", "nobody-on-duty").containsEntry("conversationId", id);
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(5));
        assertThat(visitor.await("ended")).containsEntry("reason", "unavailable");
        assertThat(visitor.seen).extracting(e -> e.get("type")).doesNotContain("queued", "assigned");
        assertThat(statistics.once("nobody-on-duty")).last().satisfies(summary -> {
            assertThat(summary.outcome()).isEqualTo("nobody-on-duty");
            assertThat(summary.waitSeconds()).isNull();
        });
    }

    private static List<Map<String, Object>> messages(ChatClient client, int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> client.await("message")).toList();
    }

    @Test
    void aRespondersNewConnectionRejoinsWithStatusAndEachOwnConversationAndTheGraceEnds() {
        var volunteer = onDuty("volunteer", 2);
        var visitor = visitor();
        String id = (String) start(visitor, Map.of("nickname", "Sam", "language", "nl")).get("conversationId");
        volunteer.await("assigned");
        say(visitor, false, id, "m1", "Hoi");
        volunteer.await("message");
        board.responderGone("volunteer");

        var events = as("volunteer", "ROLE_VOLUNTEER", desk::rejoin);
        assertThat(events).extracting(ChatEvent::type).containsExactly("status", "assigned");
        assertThat(events.get(0).fields()).containsEntry("available", true).containsEntry("capacity", 2)
                .containsEntry("active", 1);
        assertThat(events.get(1).fields()).containsEntry("conversationId", id).containsEntry("nickname", "Sam");
        assertThat(events.get(1).get("history").toString()).contains("Hoi");
        assertThat(board.staff.get("volunteer").goneSince).isNull();
        volunteer.expectNo("assigned", Duration.ofMillis(300));

        var coordinator = as("coordinator", "ROLE_COORDINATOR", desk::rejoin);
        assertThat(coordinator).extracting(ChatEvent::type).containsExactly("status", "queue");
        assertThat(coordinator.get(0).fields()).containsEntry("available", false);
    }

    @Test
    void atTheEndOfTheGraceAResponderStillConnectedElsewhereStaysOnDutyAndOneWhoLeftDoesNot() {
        var volunteer = onDuty("volunteer", 1);
        var member = board.staff.get("volunteer");
        board.responderGone("volunteer"); // another connection of theirs (a console tab) closed
        graceOver(member);
        board.tick();
        assertThat(member.available).isTrue();
        assertThat(member.goneSince).isNull();

        volunteer.close();
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10))
                .until(() -> member.goneSince != null && users.getUser("volunteer") == null);
        graceOver(member);
        board.tick();
        assertThat(member.available).isFalse();
    }

    private void graceOver(Staff.Member member) {
        synchronized (board) {
            member.goneSince = member.goneSince.minus(Endings.RESPONDER_GRACE).minusSeconds(1);
        }
    }

    private static <T> T as(String username, String role, java.util.function.Supplier<T> action) {
        var context = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(username, null,
                        org.springframework.security.core.authority.AuthorityUtils.createAuthorityList(role)));
        org.springframework.security.core.context.SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }
}
