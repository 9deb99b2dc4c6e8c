package nl.wegwijs.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tiers: urgent and risky chats go to crisis workers first, fall back after the set time, and warm transfers. */
@ChatServerTest
class ChatRoutingTest extends ChatTestSupport {

    @Autowired
    ChatTestBeans.RecordedStatistics statistics;

    @Test
    void anUrgentStartShowsTheEmergencyPanelAlertsTheCrisisWorkerAndGoesToTheCrisisTier() {
        var volunteer = onDuty("volunteer", 1);
        var crisis = onDuty("crisis", 1);
        var visitor = visitor();
        String id = (String) start(visitor, Map.of("urgent", true, "language", "en")).get("conversationId");

        visitor.await("urgent-help");
        assertThat(crisis.await("risk-alert")).containsEntry("conversationId", id).containsEntry("reason", "urgent");
        assertThat(crisis.await("assigned")).containsEntry("conversationId", id).containsEntry("urgent", true);
        assertThat(visitor.await("assigned").get("responderName")).isEqualTo("Counsellor");
        volunteer.expectNo("assigned", Duration.ofMillis(500));
        assertThat(volunteer.seen).noneMatch(e -> "risk-alert".equals(e.get("type")));
    }

    @Test
    void aRiskyMessageAlertsWithoutTheTextAndHandsTheChatFromTheVolunteerToACrisisWorker() {
        var volunteer = onDuty("volunteer", 1);
        var crisis = onDuty("crisis", 1);
        var visitor = visitor();
        String id = (String) start(visitor, Map.of("language", "nl")).get("conversationId");
        volunteer.await("assigned");
        visitor.await("assigned");

        say(visitor, false, id, "m1", "Ik heb een " + ChatTestBeans.RISKY_WORD + " gedachte");
        visitor.await("urgent-help");
        var alert = crisis.await("risk-alert");
        assertThat(alert).containsEntry("conversationId", id).containsEntry("reason", "lexicon");
        assertThat(alert.toString()).doesNotContain(ChatTestBeans.RISKY_WORD);
        assertThat(volunteer.await("risk-alert")).containsEntry("reason", "lexicon");

        var taken = crisis.await("assigned");
        assertThat(taken).containsEntry("risk", true);
        assertThat(taken.get("history").toString()).contains(ChatTestBeans.RISKY_WORD);
        assertThat(volunteer.await("transferred")).containsEntry("joined", false).containsEntry("toTier", "CRISIS");
        assertThat(volunteer.await("transferred")).containsEntry("joined", true);
        assertThat(visitor.await("transferred")).containsEntry("toTier", "CRISIS");
        assertThat(visitor.await("assigned").get("responderName")).isEqualTo("Hulpverlener");
    }

    @Test
    void anUrgentChatFallsBackToAVolunteerWhenNoCrisisWorkerTakesItInTime() {
        var volunteer = onDuty("volunteer", 1);
        var visitor = visitor();
        String id = (String) start(visitor, Map.of("urgent", true)).get("conversationId");
        long queuedAt = System.nanoTime();
        assertThat(visitor.await("queued").get("position")).isEqualTo(1);

        assertThat(volunteer.await("assigned")).containsEntry("conversationId", id);
        assertThat(Duration.ofNanos(System.nanoTime() - queuedAt)).isGreaterThan(Duration.ofMillis(2500));
    }

    @Test
    void anOrdinaryChatFallsBackToACrisisWorkerWhenOnlyCrisisWorkersAreFree() {
        var crisis = onDuty("crisis", 2);
        var visitor = visitor();
        String id = (String) start(visitor, Map.of("topic", "Mantelzorg")).get("conversationId");
        long queuedAt = System.nanoTime();
        visitor.await("queued");
        assertThat(crisis.await("assigned")).containsEntry("conversationId", id);
        assertThat(Duration.ofNanos(System.nanoTime() - queuedAt)).isGreaterThan(Duration.ofMillis(2500));
    }

    @Test
    void inAWarmTransferTheVolunteerStaysUntilTheCrisisWorkerJoins() {
        var volunteer = onDuty("volunteer", 1);
        var visitor = visitor();
        String id = (String) start(visitor, Map.of("nickname", "Kim")).get("conversationId");
        volunteer.await("assigned");

        volunteer.send("/app/responder.transfer", Map.of("conversationId", id, "toTier", "CRISIS"));
        assertThat(volunteer.await("transferred")).containsEntry("joined", false).containsEntry("toTier", "CRISIS");
        assertThat(visitor.await("transferred")).containsEntry("toTier", "CRISIS");
        say(volunteer, true, id, "r1", "Ik blijf bij je tot mijn collega er is.");
        assertThat(visitor.await("message")).containsEntry("seq", 1).containsEntry("from", "responder");

        var crisis = onDuty("crisis", 1);
        var taken = crisis.await("assigned");
        assertThat(taken).containsEntry("conversationId", id).containsEntry("nickname", "Kim");
        assertThat(taken.get("history").toString()).contains("Ik blijf bij je");
        assertThat(volunteer.await("transferred")).containsEntry("joined", true);
        assertThat(visitor.await("message")).containsEntry("from", "system").containsEntry("seq", 2);

        say(volunteer, true, id, "r2", "Nog iets");
        assertThat(volunteer.await("error")).containsEntry("code", "unknown-conversation").containsEntry("clientMessageId", "r2");
        say(crisis, true, id, "c1", "Hallo Kim, ik ben er nu.");
        assertThat(visitor.await("message")).containsEntry("seq", 3).containsEntry("text", "Hallo Kim, ik ben er nu.");

        crisis.send("/app/responder.end", Map.of("conversationId", id, "outcome", "crisis"));
        visitor.await("ended");
        assertThat(statistics.summaries).last().satisfies(summary -> {
            assertThat(summary.escalated()).isTrue();
            assertThat(summary.tier()).isEqualTo("CRISIS");
            assertThat(summary.outcome()).isEqualTo("crisis");
        });
    }

    @Test
    void coordinatorsSeeTheQueueAndVolunteersNeverDo() {
        var volunteer = onDuty("volunteer", 1);
        var coordinator = responder("coordinator");
        coordinator.send("/app/responder.status", Map.of("available", false));
        assertThat(coordinator.await("queue")).containsEntry("onDuty", 1);
        var first = visitor();
        start(first, Map.of("language", "nl"));
        volunteer.await("assigned");
        var second = visitor();
        start(second, Map.of("language", "nl"));
        assertThat(second.await("queued").get("position")).isEqualTo(1);
        assertThat(coordinator.await("queue")).containsEntry("waiting", 1);
        assertThat(volunteer.drain(Duration.ofMillis(500))).noneMatch(e -> "queue".equals(e.get("type")));
    }
}
