package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** "Direct hulp nodig?": who to call now, linked from every page. */
@Route("direct-hulp")
@AnonymousAllowed
class UrgentHelpView extends Div implements TranslatedTitle {

    UrgentHelpView() {
        addClassName("page");
        Paragraph chat = new Paragraph(getTranslation("urgent.chat") + " ");
        chat.add(new Anchor("praten", getTranslation("urgent.chat-link")));
        add(new PageIntro("urgent.title", "urgent.intro"), new HelpLines(), chat);
    }

    @Override
    public String titleKey() {
        return "urgent.title";
    }
}
