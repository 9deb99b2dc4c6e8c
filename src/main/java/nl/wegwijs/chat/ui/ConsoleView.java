package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.shared.communication.PushMode;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import nl.wegwijs.chat.ChatDesk;
import nl.wegwijs.chat.ChatEvent;
import nl.wegwijs.chat.Responder;
import nl.wegwijs.chat.Tier;
import nl.wegwijs.chat.canned.CannedResponses;
import nl.wegwijs.directory.Directory;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The responder console: duty and capacity, own conversations in tabs, canned responses, sociale
 * kaart cards, transfer and ending with an outcome; risk alerts; for coordinators the queue. A
 * client of the {@link ChatDesk} like any STOMP client, with events pushed in by {@link ConsoleOutbox}.
 */
@Route("luisterend-oor/console")
@Menu(order = 68, title = "nav.chat-console")
@RolesAllowed({"VOLUNTEER", "CRISIS_WORKER", "COORDINATOR"})
@StyleSheet("styles/chat-console.css")
class ConsoleView extends Div implements TranslatedTitle {

    private final ConsoleOutbox outbox;
    private final Authentication user;
    private final DutyPanel duty;
    private final RiskAlerts alerts = new RiskAlerts();
    private final Div announcer = new Div();
    private final QueuePanel queue;
    private final BreakPrompt breakPrompt;
    private final ConversationTabs tabs;
    private Registration connection;

    ConsoleView(ChatDesk desk, ConsoleOutbox outbox, CannedResponses canned, Directory directory, Clock clock) {
        this.outbox = outbox;
        this.user = SecurityContextHolder.getContext().getAuthentication();
        Responder responder = Responder.of(user).orElseThrow();
        addClassNames("page", "chat-console");
        announcer.addClassName("visually-hidden");
        announcer.getElement().setAttribute("role", "status");
        duty = new DutyPanel(desk, clock);
        queue = responder.coordinator() ? new QueuePanel() : null;
        breakPrompt = new BreakPrompt(duty::goOffDuty);
        var services = new ConsoleServices(desk, canned, directory, portal());
        tabs = new ConversationTabs(services, responder.tier(), announcer::setText, panel -> {
            if (panel.wasHeavy()) {
                breakPrompt.offer(panel.visitorName, duty.isAvailable());
            }
        });
        add(new PageIntro("chat.console.title", "chat.console.intro"), alerts, announcer, duty);
        if (queue != null) {
            add(queue);
        }
        add(breakPrompt, tabs);
    }

    @Override
    public String titleKey() {
        return "chat.console.title";
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Push for this page only: events of the desk arrive without the responder doing anything.
        event.getUI().getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
        connection = outbox.connect(user, event.getUI(), this::handle);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (connection != null) {
            connection.remove();
            connection = null;
        }
    }

    private void handle(ChatEvent event) {
        String id = (String) event.get("conversationId");
        switch (event.type()) {
            case "status" -> duty.status(event);
            case "queue" -> {
                if (queue != null) {
                    queue.show(event);
                }
            }
            case "assigned" -> tabs.assigned(event);
            case "message" -> tabs.message(event);
            case "typing" -> tabs.typing(id);
            case "inactivity-warning" -> tabs.inactivityWarning(id, ((Number) event.get("closesInSeconds")).longValue());
            case "transferred" -> tabs.transferred(id, (String) event.get("toTier"), Boolean.TRUE.equals(event.get("joined")));
            case "ended" -> tabs.ended(id, (String) event.get("reason"));
            case "risk-alert" -> alerts.raise(tabs.markRisk(id) ? tabs.nameOf(id) : null, (String) event.get("reason"));
            default -> {
                // Other events (such as errors of a STOMP connection) do not concern the console.
            }
        }
    }

    private static String portal() {
        var request = VaadinServletRequest.getCurrent();
        return request == null ? "" : ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest())
                .build().toUriString();
    }
}
