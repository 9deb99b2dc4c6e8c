package nl.wegwijs.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rate limits, bad input and responder destinations: always an error event, never a closed socket or a trace. */
@ChatServerTest
class ChatLimitsTest extends ChatTestSupport {

    @Test
    void theFourthStartWithinTenMinutesIsRateLimited() {
        var visitor = visitor();
        for (int i = 0; i < 3; i++) {
            start(visitor, Map.of("language", "nl"));
            visitor.await("ended");
        }
        visitor.send("/app/chat.start", Map.of("language", "nl"));
        assertThat(visitor.await("error")).containsEntry("code", "rate-limited");
        assertThat(visitor.seen).filteredOn(e -> "started".equals(e.get("type"))).hasSize(3);
    }

    @Test
    void theThirtyFirstMessageWithinAMinuteIsRateLimitedAndNamesItsClientMessageId() {
        onDuty("volunteer", 1);
        var visitor = visitor();
        String id = (String) start(visitor, Map.of("language", "nl")).get("conversationId");
        visitor.await("assigned");
        for (int i = 1; i <= 31; i++) {
            say(visitor, false, id, "m" + i, "Bericht " + i);
        }
        var error = visitor.await("error");
        assertThat(error).containsEntry("code", "rate-limited").containsEntry("clientMessageId", "m31");
        assertThat(visitor.seen).filteredOn(e -> "message".equals(e.get("type"))).extracting(e -> e.get("seq"))
                .hasSize(30).doesNotHaveDuplicates();
    }

    @Test
    void badInputGetsPreciseErrorsAndTheConnectionStaysUsable() {
        var visitor = visitor();
        visitor.sendRaw("/app/chat.start", "{not json");
        assertThat(visitor.await("error")).containsEntry("code", "bad-request");
        visitor.sendRaw("/app/chat.start", "{\"urgent\":\"ja\"}");
        assertThat(visitor.await("error").get("message")).isEqualTo("urgent must be true or false.");
        visitor.send("/app/chat.start", Map.of("nickname", "x".repeat(41)));
        assertThat(visitor.await("error").get("message")).asString().contains("nickname");
        visitor.send("/app/chat.start", Map.of("language", "de"));
        assertThat(visitor.await("error")).containsEntry("code", "bad-request");
        visitor.send("/app/chat.message", Map.of("conversationId", "c-nope", "clientMessageId", "m1", "text", "Hoi"));
        assertThat(visitor.await("error")).containsEntry("code", "unknown-conversation").containsEntry("clientMessageId", "m1");
        visitor.send("/app/chat.resume", Map.of("resumeToken", "r-nope", "lastSeq", 0));
        assertThat(visitor.await("error")).containsEntry("code", "resume-failed");
        visitor.send("/app/chat.resume", Map.of("resumeToken", "r-nope", "lastSeq", -1));
        assertThat(visitor.await("error")).containsEntry("code", "bad-request");

        onDuty("volunteer", 1);
        String id = (String) start(visitor, Map.of("language", "nl")).get("conversationId");
        visitor.await("assigned");
        say(visitor, false, id, "empty", " ");
        assertThat(visitor.await("error")).containsEntry("code", "bad-request").containsEntry("clientMessageId", "empty");
        say(visitor, false, id, "long", "x".repeat(2001));
        assertThat(visitor.await("error")).containsEntry("code", "bad-request").containsEntry("clientMessageId", "long");
        say(visitor, false, id, "max", "x".repeat(2000));
        assertThat(visitor.await("message")).containsEntry("seq", 1);
        assertThat(visitor.seen).noneMatch(e -> String.valueOf(e.get("message")).contains("Exception"));
    }

    @Test
    void aVisitorCannotActAsResponderNorSendStraightIntoTheBroker() {
        var visitor = visitor();
        visitor.send("/app/responder.status", Map.of("available", true));
        assertThat(visitor.await("error")).containsEntry("code", "forbidden");
        visitor.alsoSubscribe("/user/queue/responder");
        assertThat(visitor.await("error")).containsEntry("code", "forbidden");

        var other = visitor();
        String id = (String) start(other, Map.of("language", "nl")).get("conversationId");
        other.await("ended"); // nobody on duty
        visitor.send("/queue/chat", Map.of("type", "message", "text", "nep"));
        assertThat(visitor.await("error")).containsEntry("code", "bad-request");
        visitor.send("/app/chat.end", Map.of("conversationId", id));
        assertThat(visitor.await("error")).containsEntry("code", "unknown-conversation");
        other.expectNo("message", Duration.ofMillis(500));
    }

    @Test
    void aSignedInResidentIsNoResponder() {
        var resident = keep(ChatClient.signedIn(port, "resident", "/user/queue/chat"));
        resident.send("/app/responder.status", Map.of("available", true));
        assertThat(resident.await("error")).containsEntry("code", "forbidden");
        var volunteer = responder("volunteer");
        volunteer.send("/app/responder.status", Map.of("available", true, "capacity", 6));
        assertThat(volunteer.await("error")).containsEntry("code", "bad-request");
        volunteer.send("/app/responder.end", Map.of("conversationId", "c-nope", "outcome", "listened"));
        assertThat(volunteer.await("error")).containsEntry("code", "unknown-conversation");
    }
}
