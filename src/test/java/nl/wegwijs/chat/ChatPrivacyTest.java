package nl.wegwijs.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.web.socket.WebSocketHttpHeaders;

/** Nothing that identifies a visitor (address, user agent) is kept, stored or logged. */
@ChatServerTest
@ExtendWith(OutputCaptureExtension.class)
class ChatPrivacyTest extends ChatTestSupport {

    static final String USER_AGENT = "Herkenbaar/1.0 (UniekeBrowserVanSam)";
    static final String ADDRESS = "203.0.113.77";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ChatTestBeans.InboundHeaders inbound;

    @Autowired
    Environment environment;

    @Test
    void theHandshakeKeepsNoAddressOrUserAgentAndTheTranscriptHasNone(CapturedOutput output) {
        onDuty("volunteer", 1);
        var http = new WebSocketHttpHeaders();
        http.set("User-Agent", USER_AGENT);
        http.set("X-Forwarded-For", ADDRESS);
        var connect = new StompHeaders();
        connect.set("device-token", "d-0123456789abcdef0123456789");
        var visitor = keep(ChatClient.visitor(port, connect, http));
        String id = (String) start(visitor, Map.of("nickname", "Sam")).get("conversationId");
        visitor.await("assigned");
        say(visitor, false, id, "m1", "Hoi");
        visitor.await("message");

        assertThat(inbound.seen).isNotEmpty().allSatisfy(seen -> assertThat(seen)
                .doesNotContain(ADDRESS, "127.0.0.1", "localhost", "UniekeBrowser"));
        assertThat(inbound.seen).anySatisfy(seen -> assertThat(seen).startsWith("Visitor[getName=v-"));
        assertThat(output.getAll()).doesNotContain(ADDRESS, "UniekeBrowser", "d-0123456789abcdef");
        // The row is stored just after the event went out.
        var rows = Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForList(
                "select c.*, m.* from chat_conversation c join chat_message m on m.conversation_id = c.id where c.id = ?",
                id), found -> found.size() == 1);
        assertThat(rows.toString()).doesNotContain(ADDRESS, "127.0.0.1", "UniekeBrowser", "d-0123456789abcdef");
        assertThat(environment.getProperty("server.tomcat.accesslog.enabled", Boolean.class)).isFalse();
    }

    @Test
    void everyConnectionIsAnotherRandomVisitor() {
        var first = visitor();
        var second = visitor();
        start(first, Map.of("language", "nl"));
        start(second, Map.of("language", "nl"));
        assertThat(inbound.seen.stream().filter(seen -> seen.startsWith("Visitor[")).map(seen -> seen.split(" ")[0])
                .distinct().count()).isGreaterThanOrEqualTo(2);
    }
}
