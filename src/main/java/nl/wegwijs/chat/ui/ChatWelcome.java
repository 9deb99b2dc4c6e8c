package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * What the chat is before anyone starts: who answers, that it is anonymous, that a coordinator
 * may read along, and what to do in an emergency. Plain text without links, so the quick exit
 * is the first thing a keyboard reaches in the page's content.
 */
class ChatWelcome extends Section {

    ChatWelcome() {
        addClassName("chat-welcome");
        H2 heading = new H2(getTranslation("chat.welcome.heading"));
        heading.setId("chat-welcome-heading");
        getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        Paragraph emergency = new Paragraph(getTranslation("chat.welcome.emergency"));
        emergency.addClassName("chat-welcome__emergency");
        add(heading,
                new Paragraph(getTranslation("chat.welcome.who")),
                new Paragraph(getTranslation("chat.welcome.anonymous")),
                new Paragraph(getTranslation("chat.welcome.quality")),
                emergency,
                new Paragraph(getTranslation("chat.welcome.private-window")));
    }
}
