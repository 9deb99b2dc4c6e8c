package nl.wegwijs.applications;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import nl.wegwijs.accounts.Bsn;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cases for tests: filed through {@link MeldingDrafts} as the resident would, then moved through
 * the procedure with the case's own guarded methods, each step recorded and announced as the
 * consultant's back office does.
 */
@TestComponent
public class CaseFixture {

    private final MeldingDrafts drafts;
    private final WmoCaseRepository cases;
    private final CaseStatusEntryRepository history;
    private final CaseMessageRepository messages;
    private final CaseDocumentRepository documents;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    CaseFixture(MeldingDrafts drafts, WmoCaseRepository cases, CaseStatusEntryRepository history,
            CaseMessageRepository messages, CaseDocumentRepository documents, ApplicationEventPublisher events,
            JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.drafts = drafts;
        this.cases = cases;
        this.history = history;
        this.messages = messages;
        this.documents = documents;
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /**
     * A resident account of the tests' own (so that the demo resident's dashboards stay as other
     * tests expect them), with the demo password; created once.
     */
    public Bsn resident(String username, String bsn) {
        if (jdbc.queryForObject("SELECT count(*) FROM account WHERE username = ?", Long.class, username) == 0) {
            UUID id = UUID.randomUUID();
            jdbc.update("INSERT INTO account (id, username, password_hash, display_name, enabled, created_at, bsn)"
                    + " SELECT ?, ?, password_hash, ?, true, now(), ? FROM account WHERE username = 'resident'",
                    id, username, "Demo " + username, bsn);
            jdbc.update("INSERT INTO account_role (account_id, role) VALUES (?, 'RESIDENT')", id);
        }
        return new Bsn(bsn);
    }

    /** A melding filed by {@code username} (a resident) for {@code subject}; {@code email} null means news by post. */
    public CaseReference file(String username, Bsn subject, String email) {
        return as(username, () -> {
            var draft = drafts.startOrResume(subject);
            var answers = new MeldingAnswers(Map.of(LifeDomain.HOUSEHOLD, "Schoonmaken lukt niet meer."),
                    "Ik kook zelf.", "Mijn dochter doet de boodschappen.", false, null, null, "7941 AB", "12",
                    "0612345678", email, ContactMethod.PHONE, "ochtend",
                    email == null ? NotificationChannel.POST : NotificationChannel.EMAIL, Urgency.NORMAL, null, null);
            drafts.save(draft.id(), answers, MeldingStep.CHECK, draft.version());
            return drafts.submit(draft.id());
        });
    }

    public void planConversation(CaseReference reference) {
        step(reference, wmoCase -> wmoCase.planConversation(new ConversationPlan(clock.instant().plus(Duration.ofDays(7)),
                "Bij u thuis", "Consulent", false)));
    }

    public void writeReport(CaseReference reference, String text) {
        step(reference, wmoCase -> wmoCase.writeReport(text, clock.instant()));
    }

    public void recordAanvraag(CaseReference reference) {
        step(reference, wmoCase -> wmoCase.recordAanvraag(LocalDate.now(clock.withZone(WmoCase.ZONE))));
    }

    public void decide(CaseReference reference) {
        step(reference, wmoCase -> wmoCase.decide(new Decision(DecisionOutcome.GRANTED, Provision.HOUSEHOLD_HELP,
                DeliveryForm.IN_KIND, "U kunt het huishouden niet meer zelf doen."), clock.instant()));
        transaction.executeWithoutResult(status -> {
            var wmoCase = cases.findByReference(reference.value()).orElseThrow();
            documents.save(CaseDocument.ofCase(wmoCase.id(), DocumentKind.DECISION_LETTER, "besluit.pdf",
                    "application/pdf", "%PDF-1.7 besluit".getBytes(StandardCharsets.US_ASCII), clock.instant()));
        });
    }

    /** A message from the consultant, as the back office posts it. */
    public void messageFromMunicipality(CaseReference reference, String text) {
        transaction.executeWithoutResult(status -> {
            var wmoCase = cases.findByReference(reference.value()).orElseThrow();
            UUID consultant = jdbc.queryForObject("select id from account where username = 'consultant'", UUID.class);
            messages.save(new CaseMessage(wmoCase.id(), consultant, "Demo consultant", true, text, clock.instant()));
            events.publishEvent(new CaseMessagePosted(reference, true));
        });
    }

    /** The case's version now, as a page that just loaded it would hold it. */
    public long version(CaseReference reference) {
        return cases.findByReference(reference.value()).orElseThrow().version();
    }

    private void step(CaseReference reference, Consumer<WmoCase> change) {
        transaction.executeWithoutResult(status -> {
            var wmoCase = cases.findByReference(reference.value()).orElseThrow();
            change.accept(wmoCase);
            cases.flush();
            history.save(new CaseStatusEntry(wmoCase.id(), wmoCase.status(), clock.instant(), null));
            events.publishEvent(new CaseStatusChanged(reference, wmoCase.status()));
        });
    }

    /** Runs {@code work} signed in as the resident {@code username}, then restores who was signed in. */
    public static <T> T as(String username, Supplier<T> work) {
        var before = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, java.util.List.of(new SimpleGrantedAuthority(authority(username)))));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(before);
        }
    }

    private static String authority(String username) {
        return switch (username) {
            case "consultant" -> "ROLE_CONSULTANT";
            case "frontdesk" -> "ROLE_FRONT_DESK";
            case "admin" -> "ROLE_ADMIN";
            default -> "ROLE_RESIDENT";
        };
    }
}
