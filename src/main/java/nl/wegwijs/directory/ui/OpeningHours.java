package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.LocalDate;
import nl.wegwijs.directory.hsds.Hsds;

/** The week as a table, one row per day (closed days too), with any remarks about the hours under it. */
class OpeningHours extends Section {

    OpeningHours(Hsds.Service service, LocalDate today) {
        addClassName("opening-hours");
        H2 heading = new H2(getTranslation("service.hours.heading"));
        heading.setId("opening-hours-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading);
        WeekSchedule week = WeekSchedule.of(service.schedules(), today);
        if (week.isEmpty()) {
            add(new Paragraph(getTranslation("service.hours.unknown")));
        } else {
            NativeTableBody body = new NativeTableBody();
            for (WeekSchedule.Day day : week.days()) {
                NativeTableHeaderCell name = new NativeTableHeaderCell(WeekSchedule.dayName(day.day(), getLocale()));
                name.getElement().setAttribute("scope", "row");
                NativeTableCell hours = new NativeTableCell(WeekSchedule.hours(day, this::getTranslation));
                NativeTableRow row = new NativeTableRow(name, hours);
                if (day.day() == today.getDayOfWeek()) {
                    row.addClassName("opening-hours__today");
                }
                if (day.openings().isEmpty()) {
                    row.addClassName("opening-hours__closed");
                }
                body.add(row);
            }
            NativeTableHeaderCell dayColumn = new NativeTableHeaderCell(getTranslation("service.hours.day"));
            dayColumn.getElement().setAttribute("scope", "col");
            NativeTableHeaderCell hoursColumn = new NativeTableHeaderCell(getTranslation("service.hours.open"));
            hoursColumn.getElement().setAttribute("scope", "col");
            NativeTable table = new NativeTable(new NativeTableHeader(new NativeTableRow(dayColumn, hoursColumn)), body);
            table.addClassNames("data-table", "opening-hours__table");
            table.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
            add(table);
        }
        if (!week.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            notes.getElement().setAttribute("lang", "nl");
            notes.addClassName("opening-hours__notes");
            week.notes().forEach(note -> notes.add(new ListItem(note)));
            add(notes);
        }
    }
}
