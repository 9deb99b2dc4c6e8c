package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import nl.wegwijs.chat.ChatSupervision;
import nl.wegwijs.chat.ReadAlongRecord;

/** The audit log: who read along with which conversation, and when, over the last 30 days. No message text. */
class ReadAlongLogTable extends Section {

    private final Div content = new Div();
    private List<ReadAlongRecord> shown;

    ReadAlongLogTable() {
        addClassName("overview-log");
        H2 heading = new H2(getTranslation("chat.overview.log.heading", ChatSupervision.LOG_DAYS));
        heading.setId("overview-log-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        add(heading, new Paragraph(getTranslation("chat.overview.log.intro")), content);
    }

    void show(List<ReadAlongRecord> log) {
        if (log.equals(shown)) {
            return;
        }
        shown = log;
        content.removeAll();
        if (log.isEmpty()) {
            content.add(new Paragraph(getTranslation("chat.overview.log.none", ChatSupervision.LOG_DAYS)));
            return;
        }
        NativeTable table = FiguresTable.create(getTranslation("chat.overview.log.caption", ChatSupervision.LOG_DAYS),
                getTranslation("chat.overview.log.when"), getTranslation("chat.overview.log.who"),
                getTranslation("chat.overview.log.conversation"));
        table.addClassName("overview-log__table");
        for (ReadAlongRecord entry : log) {
            FiguresTable.row(table, OverviewTexts.moment(this, entry.readAt()), entry.displayName(),
                    getTranslation("chat.overview.conversation.heading", entry.shortConversationId()));
        }
        content.add(table);
    }
}
