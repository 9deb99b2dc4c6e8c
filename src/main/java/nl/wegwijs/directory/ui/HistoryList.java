package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.stream.Collectors;
import nl.wegwijs.directory.EditEntry;

/** Who changed the service, when, and which parts: newest first. */
final class HistoryList extends Div {

    HistoryList() {
        addClassName("editor-history");
    }

    void show(List<EditEntry> entries) {
        removeAll();
        add(new H2(getTranslation("editor.history.title")));
        if (entries.isEmpty()) {
            add(new Paragraph(getTranslation("editor.history.empty")));
            return;
        }
        OrderedList list = new OrderedList();
        for (EditEntry entry : entries) {
            String what = getTranslation("editor.history.action." + entry.action());
            if (!entry.fields().isEmpty()) {
                what += ": " + entry.fields().stream().map(field -> getTranslation("editor.history.field." + field))
                        .collect(Collectors.joining(", "));
            }
            list.add(new ListItem(getTranslation("editor.history.entry", Dates.moment(entry.at(), getLocale()),
                    entry.by(), what)));
        }
        add(list);
    }
}
