package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.wegwijs.chat.ChatRota;
import nl.wegwijs.chat.Shift;

/**
 * One week of the rota, Monday to Sunday, each shift under the day it starts (a night shift from
 * the Sunday before under Monday), with a removal that asks for confirmation first.
 */
class RotaWeek extends Section {

    private final ChatRota rota;
    private final Map<String, String> names;
    private final Consumer<String> announce;
    private final Div days = new Div();
    private final H2 heading = new H2();
    private final Paragraph period = new Paragraph();
    private LocalDate monday;

    RotaWeek(ChatRota rota, Map<String, String> names, LocalDate today, Consumer<String> announce) {
        this.rota = rota;
        this.names = names;
        this.announce = announce;
        addClassName("rota-week");
        heading.setId("rota-week-heading");
        getElement().setAttribute("aria-labelledby", "rota-week-heading");
        period.addClassName("rota-week__period");
        Button previous = new Button(getTranslation("chat.rota.week.previous"), click -> show(monday.minusWeeks(1)));
        Button current = new Button(getTranslation("chat.rota.week.current"), click -> show(today));
        Button next = new Button(getTranslation("chat.rota.week.next"), click -> show(monday.plusWeeks(1)));
        Div navigation = new Div(previous, current, next);
        navigation.addClassName("rota-week__navigation");
        add(heading, period, navigation, days);
        show(today);
    }

    /** Shows the week containing the day. */
    void show(LocalDate day) {
        monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        heading.setText(getTranslation("chat.rota.week.heading", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        period.setText(getTranslation("chat.rota.week.period", CoordinatorDates.day(monday, getLocale()),
                CoordinatorDates.day(monday.plusDays(6), getLocale())));
        Map<LocalDate, List<Shift>> byDay = rota.week(monday).stream().collect(Collectors.groupingBy(
                shift -> max(shift.start().atZone(ChatRota.ZONE).toLocalDate(), monday)));
        days.removeAll();
        for (int i = 0; i < 7; i++) {
            LocalDate date = monday.plusDays(i);
            days.add(day(date, byDay.getOrDefault(date, List.of())));
        }
    }

    private Div day(LocalDate date, List<Shift> shifts) {
        Div day = new Div(new H3(CoordinatorDates.day(date, getLocale())));
        day.addClassName("rota-day");
        if (shifts.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("chat.rota.week.empty-day"));
            empty.addClassName("rota-day__empty");
            day.add(empty);
            return day;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("rota-day__shifts");
        for (Shift shift : shifts) {
            list.add(item(shift, date));
        }
        day.add(list);
        return day;
    }

    private ListItem item(Shift shift, LocalDate date) {
        String name = names.getOrDefault(shift.responder(), shift.responder());
        Span time = new Span(CoordinatorDates.span(shift.start(), shift.end(), date, getLocale()));
        time.addClassName("rota-shift__time");
        Span who = new Span(name);
        who.addClassName("rota-shift__name");
        Span tier = new Span(getTranslation("chat.rota.tier." + shift.tier().name()));
        tier.addClassNames("rota-shift__tier", "rota-shift__tier--" + shift.tier().name().toLowerCase());
        String described = name + ", " + CoordinatorDates.describe(shift.start(), shift.end(), getLocale());
        Button remove = new Button(getTranslation("chat.rota.shift.remove"), click -> confirmRemoval(shift, described));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("chat.rota.shift.remove-label", name,
                CoordinatorDates.describe(shift.start(), shift.end(), getLocale())));
        ListItem item = new ListItem(time, who, tier, remove);
        item.addClassName("rota-shift");
        return item;
    }

    private void confirmRemoval(Shift shift, String described) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("chat.rota.confirm.title"),
                getTranslation("chat.rota.confirm.text", described), getTranslation("chat.rota.confirm.yes"),
                yes -> {
                    boolean removed = rota.remove(shift.id());
                    show(monday);
                    announce.accept(removed ? getTranslation("chat.rota.removed", described)
                            : getTranslation("chat.rota.already-removed"));
                });
        confirm.setConfirmButtonTheme(ButtonVariant.LUMO_ERROR.getVariantName() + " "
                + ButtonVariant.LUMO_PRIMARY.getVariantName());
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("chat.rota.confirm.no"));
        confirm.open();
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}
