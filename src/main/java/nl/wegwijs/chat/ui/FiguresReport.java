package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import nl.wegwijs.chat.ChatFigures;

/** The figures of one period as accessible tables: an overview, chats per hour, and outcomes. */
class FiguresReport extends Div {

    FiguresReport(ChatFigures figures) {
        addClassName("figures-report");
        add(new H2(getTranslation("chat.figures.heading", CoordinatorDates.day(figures.from(), getLocale()),
                CoordinatorDates.day(figures.to(), getLocale()))));
        add(summary(figures));
        if (figures.chats() == 0) {
            Paragraph empty = new Paragraph(getTranslation("chat.figures.empty"));
            empty.addClassName("figures-empty");
            add(empty);
            return;
        }
        add(new Paragraph(getTranslation("chat.figures.explanation")), scrollable(perHour(figures)), outcomes(figures));
    }

    private NativeTable summary(ChatFigures figures) {
        NativeTable table = FiguresTable.create(getTranslation("chat.figures.summary"),
                getTranslation("chat.figures.measure"), getTranslation("chat.figures.value"));
        table.addClassName("figures-summary");
        FiguresTable.row(table, getTranslation("chat.figures.chats"), number(figures.chats()));
        FiguresTable.row(table, getTranslation("chat.figures.answered"), share(figures.answered(), figures.chats()));
        FiguresTable.row(table, getTranslation("chat.figures.unanswered"), share(figures.unanswered(), figures.chats()));
        FiguresTable.row(table, getTranslation("chat.figures.wait-p50"), duration(figures.waitP50()));
        FiguresTable.row(table, getTranslation("chat.figures.wait-p90"), duration(figures.waitP90()));
        FiguresTable.row(table, getTranslation("chat.figures.duration-p50"), duration(figures.durationP50()));
        FiguresTable.row(table, getTranslation("chat.figures.duration-p90"), duration(figures.durationP90()));
        FiguresTable.row(table, getTranslation("chat.figures.urgent"), number(figures.urgent()));
        FiguresTable.row(table, getTranslation("chat.figures.escalated"), number(figures.escalated()));
        return table;
    }

    private NativeTable perHour(ChatFigures figures) {
        NativeTable table = FiguresTable.create(getTranslation("chat.figures.per-hour"),
                getTranslation("chat.figures.hour"), getTranslation("chat.figures.chats"),
                getTranslation("chat.figures.unanswered"));
        table.addClassName("figures-hours");
        long busiest = figures.perHour().stream().mapToLong(ChatFigures.HourCount::chats).max().orElse(0);
        for (ChatFigures.HourCount hour : figures.perHour()) {
            NativeTableRow row = FiguresTable.row(table, getTranslation("chat.figures.hour-range",
                    "%02d:00".formatted(hour.hour()), "%02d:00".formatted((hour.hour() + 1) % 24)),
                    number(hour.chats()), number(hour.chats() - hour.answered()));
            // A bar for sighted readers; the number beside it says the same, so it is hidden from screen readers.
            Span bar = new Span();
            bar.addClassName("figures-bar");
            bar.getElement().setAttribute("aria-hidden", "true");
            bar.getStyle().set("width", busiest == 0 ? "0" : (100 * hour.chats() / busiest) + "%");
            row.getChildren().skip(1).findFirst().ifPresent(cell -> cell.getElement().appendChild(bar.getElement()));
        }
        return table;
    }

    /**
     * On the narrowest screens the table scrolls inside its own box, not the page (WCAG 1.4.10 lets
     * data tables do so); the box takes keyboard focus so it can be scrolled without a mouse.
     */
    private Div scrollable(NativeTable table) {
        Div box = new Div(table);
        box.addClassName("figures-scroll");
        box.getElement().setAttribute("role", "region");
        box.getElement().setAttribute("aria-label", getTranslation("chat.figures.per-hour"));
        box.getElement().setAttribute("tabindex", "0");
        return box;
    }

    private NativeTable outcomes(ChatFigures figures) {
        NativeTable table = FiguresTable.create(getTranslation("chat.figures.outcomes"),
                getTranslation("chat.figures.outcome"), getTranslation("chat.figures.chats"));
        for (ChatFigures.OutcomeCount outcome : figures.outcomes()) {
            FiguresTable.row(table, outcomeLabel(outcome.outcome()), number(outcome.chats()));
        }
        return table;
    }

    private String outcomeLabel(String outcome) {
        if (outcome == null) {
            return getTranslation("chat.figures.outcome.none");
        }
        String key = "chat.figures.outcome." + outcome;
        String label = getTranslation(key);
        // An outcome a newer engine knows but this page does not: show it as it is stored.
        return label.startsWith("!") ? outcome : label;
    }

    private String number(long value) {
        return NumberFormat.getIntegerInstance(getLocale()).format(value);
    }

    private String share(long part, long whole) {
        long percent = whole == 0 ? 0 : Math.round(100.0 * part / whole);
        return getTranslation("chat.figures.share", number(part), percent);
    }

    private String duration(Long seconds) {
        if (seconds == null) {
            return getTranslation("chat.figures.no-data");
        }
        if (seconds < 60) {
            return getTranslation("chat.figures.seconds", seconds);
        }
        if (seconds < 3600) {
            return getTranslation("chat.figures.minutes", seconds / 60, seconds % 60);
        }
        return getTranslation("chat.figures.hours", seconds / 3600, (seconds % 3600) / 60);
    }
}
