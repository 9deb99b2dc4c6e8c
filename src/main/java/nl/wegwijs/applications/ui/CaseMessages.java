package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import nl.wegwijs.applications.CaseMessageView;

/** The messages of a case, oldest first, each with who wrote it and when. */
class CaseMessages extends Div {

    CaseMessages(List<CaseMessageView> messages) {
        addClassName("case-messages");
        if (messages.isEmpty()) {
            add(new Paragraph(getTranslation("casework.messages.empty")));
            return;
        }
        UnorderedList list = new UnorderedList();
        for (CaseMessageView message : messages) {
            Paragraph who = new Paragraph(getTranslation(message.fromMunicipality()
                    ? "casework.messages.from-municipality" : "casework.messages.from-resident",
                    message.authorName(), CaseTexts.dateTime(message.postedAt(), getLocale())));
            who.addClassName("message-meta");
            ListItem item = new ListItem(who, new Paragraph(message.body()));
            item.addClassName("case-message");
            list.add(item);
        }
        add(list);
    }
}
