package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.IntStream;
import nl.wegwijs.chat.ChatDesk;
import nl.wegwijs.chat.ChatEvent;

/**
 * Going on and off duty with a capacity (1 to 5 conversations at once), the current status, and
 * how long the shift has lasted. The shift's start is kept in the session, for every tab.
 */
class DutyPanel extends Section {

    static final int MAX_CAPACITY = 5;
    private static final String SINCE = "chat.console.on-duty-since";
    private static final int ON_DUTY_POLL_MILLIS = 5 * 60 * 1000;
    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    private final ChatDesk desk;
    private final Clock clock;
    private final Paragraph status = new Paragraph();
    private final Paragraph timer = new Paragraph();
    private final Select<Integer> capacity = new Select<>();
    private final Button toggle = new Button();
    private boolean available;

    DutyPanel(ChatDesk desk, Clock clock) {
        this.desk = desk;
        this.clock = clock;
        addClassName("console-duty");
        getElement().setAttribute("aria-labelledby", "console-duty-heading");
        H2 heading = new H2(getTranslation("chat.console.duty"));
        heading.setId("console-duty-heading");
        status.addClassName("console-duty__status");
        status.getElement().setAttribute("role", "status");
        timer.addClassName("console-duty__timer");
        capacity.setLabel(getTranslation("chat.console.capacity"));
        capacity.setHelperText(getTranslation("chat.console.capacity-help"));
        capacity.setItems(IntStream.rangeClosed(1, MAX_CAPACITY).boxed().toList());
        capacity.setValue(1);
        capacity.addValueChangeListener(event -> {
            if (event.isFromClient() && available) {
                change(true);
            }
        });
        toggle.addClassName("console-duty__toggle");
        toggle.addClickListener(event -> change(!available));
        // A click is what browsers want before a page may play sound: prepare the alert's audio now.
        toggle.getElement().executeJs("this.addEventListener('click', () => { try {"
                + " window.wegwijsConsoleAudio = window.wegwijsConsoleAudio"
                + " || new (window.AudioContext || window.webkitAudioContext)();"
                + " window.wegwijsConsoleAudio.resume(); } catch (e) { } })");
        Div controls = new Div(capacity, toggle);
        controls.addClassName("console-duty__controls");
        add(heading, status, controls, timer);
        show(false, 1, 0);
    }

    /** A {@code status} event of the desk. */
    void status(ChatEvent event) {
        show(Boolean.TRUE.equals(event.get("available")), ((Number) event.get("capacity")).intValue(),
                ((Number) event.get("active")).intValue());
    }

    boolean isAvailable() {
        return available;
    }

    void goOffDuty() {
        change(false);
    }

    private void change(boolean on) {
        try {
            desk.status(on, capacity.getValue());
        } catch (RuntimeException e) {
            status.setText(getTranslation(ConsoleErrors.key(e)));
        }
    }

    private void show(boolean on, int slots, int active) {
        available = on;
        capacity.setValue(slots);
        status.setText(on ? getTranslation("chat.console.status-on", active, slots)
                : getTranslation("chat.console.status-off", active));
        toggle.setText(getTranslation(on ? "chat.console.go-off" : "chat.console.go-on"));
        toggle.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        if (!on) {
            toggle.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        shiftTimer(on);
        // On duty is active by definition: a quiet night must not sign a responder out (and so off
        // duty). A poll every few minutes is activity; off duty the normal session time-out applies.
        getUI().ifPresent(ui -> ui.setPollInterval(on ? ON_DUTY_POLL_MILLIS : -1));
    }

    private void shiftTimer(boolean on) {
        var session = VaadinSession.getCurrent();
        Instant since = session == null ? null : (Instant) session.getAttribute(SINCE);
        if (on && since == null) {
            since = clock.instant();
        } else if (!on) {
            since = null;
        }
        if (session != null) {
            session.setAttribute(SINCE, since);
        }
        timer.setVisible(since != null);
        String started = since == null ? "" : DateTimeFormatter.ofPattern("HH:mm").format(since.atZone(ZONE));
        timer.getElement().executeJs("clearInterval(this.consoleTimer); if ($0 === null) return;"
                + " const show = () => { const minutes = Math.max(0, Math.floor((Date.now() - $0) / 60000));"
                + " this.textContent = $1.replace('{0}', $2)"
                + ".replace('{1}', minutes < 60 ? $3.replace('{0}', minutes)"
                + " : $4.replace('{0}', Math.floor(minutes / 60)).replace('{1}', minutes % 60)); };"
                + " show(); this.consoleTimer = setInterval(show, 15000);",
                since == null ? null : (double) since.toEpochMilli(), getTranslation("chat.console.shift"), started,
                getTranslation("chat.console.shift-minutes"), getTranslation("chat.console.shift-hours"));
    }
}
