package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wegwijs.chat.ChatRota;
import nl.wegwijs.chat.RotaMember;
import nl.wegwijs.chat.Shift;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** Coordinators see who is on duty now, plan shifts (night shifts too) and see the rota week by week. */
@Route("luisterend-oor/rooster")
@Menu(order = 70, title = "nav.chat-rota")
@RolesAllowed({"COORDINATOR", "ADMIN"})
@StyleSheet("styles/chat-coordinator.css")
class RotaView extends Div implements TranslatedTitle {

    private final ChatRota rota;
    private final Clock clock;
    private final Paragraph status = new Paragraph();
    private final OnDutyNow onDuty;
    private final RotaWeek week;
    private final Map<String, String> names;

    RotaView(ChatRota rota, Clock clock) {
        this.rota = rota;
        this.clock = clock;
        addClassNames("page", "chat-coordinator");
        status.addClassName("chat-coordinator__status");
        status.getElement().setAttribute("role", "status");
        // Focus moves here after a change, so keyboard and screen reader users hear the outcome.
        status.getElement().setAttribute("tabindex", "-1");
        names = rota.responders().stream()
                .collect(Collectors.toMap(RotaMember::username, RotaMember::displayName));
        onDuty = new OnDutyNow(names);
        onDuty.show(rota.onDuty(clock.instant()));
        ShiftForm form = new ShiftForm(rota, rota.responders(), this::added);
        week = new RotaWeek(rota, names, today(), this::announce);
        add(new PageIntro("chat.rota.title", "chat.rota.intro"), status, onDuty, form, week);
    }

    @Override
    public String titleKey() {
        return "chat.rota.title";
    }

    private void added(Shift shift) {
        week.show(shift.start().atZone(ChatRota.ZONE).toLocalDate());
        announce(getTranslation("chat.rota.added", names.getOrDefault(shift.responder(), shift.responder()) + ", "
                + CoordinatorDates.describe(shift.start(), shift.end(), getLocale())));
    }

    private void announce(String message) {
        onDuty.show(rota.onDuty(clock.instant()));
        status.setText(message);
        status.getElement().callJsFunction("focus");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ChatRota.ZONE));
    }
}
