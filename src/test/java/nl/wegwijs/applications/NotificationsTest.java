package nl.wegwijs.applications;

import static nl.wegwijs.applications.CaseFixture.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import nl.wegwijs.accounts.Bsn;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Notifications against a real SMTP server (GreenMail) started by the test: one e-mail per status
 * change and per message from the municipality, with only a link in it; a send that failed while
 * the server was down goes out on the retry; residents who chose post get a letter, not a mail.
 */
@PostgresTest
@Import(CaseFixture.class)
@TestPropertySource(properties = {"wegwijs.data-dir=target/test-data-notifications",
        "wegwijs.applications.portal-address=https://wegwijs.test/", "wegwijs.applications.notification-retry=1h",
        "wegwijs.applications.notification-max-attempts=2"})
class NotificationsTest {

    static final Bsn RESIDENT = new Bsn("999990147");
    static final String ADDRESS = "inwoner@voorbeeld.nl";
    static final int PORT = freePort();

    static GreenMail smtp = started();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> PORT);
    }

    @Autowired
    CaseFixture fixture;

    @Autowired
    MyCases myCases;

    @Autowired
    NotificationMail mail;

    @Autowired
    PostNotifications letters;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void emptyMailbox() throws Exception {
        fixture.resident("inwoner", RESIDENT.value());
        if (!smtp.isRunning()) {
            smtp = started();
        }
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterAll
    static void stopServer() {
        smtp.stop();
    }

    @Test
    void aMailForEachStatusChangeAndEachMessageFromTheMunicipalityWithOnlyALink() throws Exception {
        CaseReference reference = fixture.file("inwoner", RESIDENT, ADDRESS);
        fixture.planConversation(reference);
        fixture.writeReport(reference, "Schoonmaken lukt niet meer, zegt mevrouw.");
        fixture.messageFromMunicipality(reference, "Klopt het verslag?");
        as("inwoner", () -> myCases.postMessage(reference, "Ja, dat klopt."));

        assertThat(smtp.waitForIncomingEmail(10_000, 4)).isTrue();
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).as("three steps and one message; the resident's own message sends nothing").hasSize(4);
        for (MimeMessage message : received) {
            String body = message.getContent().toString();
            assertThat(Arrays.stream(message.getAllRecipients()).map(Object::toString)).containsExactly(ADDRESS);
            assertThat(message.getFrom()[0].toString()).isEqualTo("noreply@gemeente.example");
            assertThat(body).contains("https://wegwijs.test/mijn/aanvragen/" + reference.value());
            assertThat(body + message.getSubject()).doesNotContain("Demo inwoner", RESIDENT.value(), "Schoonmaken",
                    "verslag", "Klopt", "huishouden", "7941");
        }
        assertThat(unsent(reference)).isZero();
    }

    @Test
    void aMailThatFailedWhileTheServerWasDownIsSentByTheRetry() throws Exception {
        smtp.stop();
        CaseReference reference = fixture.file("inwoner", RESIDENT, ADDRESS);

        assertThat(unsent(reference)).as("kept in the outbox; the melding itself was filed").isEqualTo(1);
        assertThat(attempts(reference)).isEqualTo(1);

        smtp = started();
        mail.retry();

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        assertThat(smtp.getReceivedMessages()[0].getContent().toString()).contains(reference.value());
        assertThat(unsent(reference)).isZero();
    }

    @Test
    void aMailIsGivenUpAfterTheMostAttemptsButStaysInTheOutbox() {
        smtp.stop();
        CaseReference reference = fixture.file("inwoner", RESIDENT, ADDRESS);
        mail.retry();
        mail.retry();

        assertThat(attempts(reference)).as("the second attempt was the last").isEqualTo(2);
        smtp = started();
        mail.retry();

        assertThat(smtp.waitForIncomingEmail(1_000, 1)).isFalse();
        assertThat(unsent(reference)).isEqualTo(1);
    }

    @Test
    void whoChosePostGetsALetterForTheFrontDeskAndNoMail() {
        CaseReference reference = fixture.file("inwoner", RESIDENT, null);
        fixture.planConversation(reference);

        assertThat(smtp.waitForIncomingEmail(1_000, 1)).isFalse();
        List<PostNotification> pending = as("frontdesk", () -> letters.pending()).stream()
                .filter(letter -> letter.reference().equals(reference)).toList();
        assertThat(pending).extracting(PostNotification::kind)
                .containsExactly("MELDING_RECEIVED", "CONVERSATION_PLANNED");
        assertThat(pending.getFirst().postcode()).isEqualTo("7941 AB");

        as("frontdesk", () -> {
            letters.markSent(pending.getFirst().id());
            return null;
        });
        assertThat(as("frontdesk", () -> letters.pending())).extracting(PostNotification::id)
                .doesNotContain(pending.getFirst().id()).contains(pending.get(1).id());
    }

    private long unsent(CaseReference reference) {
        return jdbc.queryForObject("SELECT count(*) FROM wmo_notification n JOIN wmo_case c ON c.id = n.case_id"
                + " WHERE c.reference = ? AND n.sent_at IS NULL", Long.class, reference.value());
    }

    private int attempts(CaseReference reference) {
        return jdbc.queryForObject("SELECT n.attempts FROM wmo_notification n JOIN wmo_case c ON c.id = n.case_id"
                + " WHERE c.reference = ?", Integer.class, reference.value());
    }

    private static GreenMail started() {
        var server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        return server;
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
