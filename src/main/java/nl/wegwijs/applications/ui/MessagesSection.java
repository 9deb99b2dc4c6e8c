package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wegwijs.applications.CaseDetail;
import nl.wegwijs.applications.CaseMessageView;
import nl.wegwijs.shared.ui.ErrorSummary;

/** The conversation with the municipality about the case, oldest first, and a form to write. */
final class MessagesSection extends Div {

    final ErrorSummary problems = new ErrorSummary("mycases.errors");
    final TextArea text = new TextArea();
    final NativeButton send = new NativeButton();
    private final Div thread = new Div();

    MessagesSection() {
        addClassName("case-messages");
        text.setLabel(getTranslation("mycases.message.field"));
        text.setHelperText(getTranslation("mycases.message.help"));
        text.setMaxLength(4000);
        text.setWidthFull();
        send.setText(getTranslation("mycases.message.send"));
        send.addClassName("button-primary");
        problems.register("text", text, text.getLabel());
        add(new H2(getTranslation("mycases.message.heading")), thread, problems, text, send);
    }

    void show(CaseDetail detail) {
        thread.removeAll();
        if (detail.messages().isEmpty()) {
            thread.add(new Paragraph(getTranslation("mycases.message.none")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("case-messages__list");
        for (CaseMessageView message : detail.messages()) {
            Paragraph who = new Paragraph(getTranslation(message.fromMunicipality() ? "mycases.message.from-municipality"
                    : "mycases.message.from", message.authorName(), CaseTexts.dateTime(message.postedAt(), getLocale())));
            who.addClassName("case-messages__who");
            Paragraph body = new Paragraph(message.body());
            body.addClassName("case-text");
            ListItem item = new ListItem(who, body);
            item.addClassName(message.fromMunicipality() ? "case-messages__item--municipality" : "case-messages__item");
            list.add(item);
        }
        thread.add(list);
    }
}
