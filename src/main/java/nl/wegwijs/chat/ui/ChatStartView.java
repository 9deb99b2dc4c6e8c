package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wegwijs.shared.ui.HelpLines;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** Entry to the anonymous listening ear: talk to someone now, day and night. */
@Route("praten")
@Menu(order = 4, title = "nav.chat")
@AnonymousAllowed
class ChatStartView extends Div implements TranslatedTitle {

    ChatStartView() {
        addClassName("page");
        add(new PageIntro("chat.title", "chat.intro"),
                new Paragraph(getTranslation("chat.anonymous")),
                new Paragraph(getTranslation("chat.status")),
                new HelpLines());
    }

    @Override
    public String titleKey() {
        return "chat.title";
    }
}
