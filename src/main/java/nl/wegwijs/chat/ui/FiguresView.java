package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import nl.wegwijs.chat.ChatStatisticsStore;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/**
 * Coordinators see the figures a municipality reports about its listening ear, for a period they
 * choose (the last 30 days at first): chats per hour, answered or not, waits, lengths, outcomes.
 */
@Route("luisterend-oor/cijfers")
@Menu(order = 71, title = "nav.chat-figures")
@RolesAllowed({"COORDINATOR", "ADMIN"})
@StyleSheet("styles/chat-coordinator.css")
class FiguresView extends Div implements TranslatedTitle {

    private final ChatStatisticsStore statistics;
    private final DatePicker from;
    private final DatePicker to;
    private final Div figures = new Div();

    FiguresView(ChatStatisticsStore statistics) {
        this.statistics = statistics;
        addClassNames("page", "chat-coordinator");
        LocalDate today = statistics.today();
        from = CoordinatorDates.datePicker(getTranslation("chat.figures.from"),
                getTranslation("chat.figures.date-help"), getLocale());
        to = CoordinatorDates.datePicker(getTranslation("chat.figures.to"),
                getTranslation("chat.figures.date-help"), getLocale());
        from.setValue(today.minusDays(ChatStatisticsStore.DEFAULT_DAYS - 1));
        to.setValue(today);
        Button show = new Button(getTranslation("chat.figures.show"), click -> show());
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div period = new Div(from, to, show);
        period.addClassName("figures-period");
        figures.addClassName("figures");
        add(new PageIntro("chat.figures.title", "chat.figures.intro"), period, figures);
        show();
    }

    @Override
    public String titleKey() {
        return "chat.figures.title";
    }

    private void show() {
        from.setInvalid(false);
        to.setInvalid(false);
        if (from.getValue() == null) {
            refuse(from, getTranslation("chat.figures.error.date-missing"));
        } else if (to.getValue() == null) {
            refuse(to, getTranslation("chat.figures.error.date-missing"));
        } else if (from.getValue().isAfter(to.getValue())) {
            refuse(to, getTranslation("chat.figures.error.order"));
        } else if (ChronoUnit.DAYS.between(from.getValue(), to.getValue()) >= ChatStatisticsStore.LONGEST_PERIOD_DAYS) {
            refuse(to, getTranslation("chat.figures.error.too-long", ChatStatisticsStore.LONGEST_PERIOD_DAYS));
        } else {
            figures.removeAll();
            figures.add(new FiguresReport(statistics.figures(from.getValue(), to.getValue())));
        }
    }

    private void refuse(DatePicker field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        field.focus();
    }
}
