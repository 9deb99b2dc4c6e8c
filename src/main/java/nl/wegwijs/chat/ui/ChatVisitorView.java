package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wegwijs.shared.ui.HelpLines;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;
import org.springframework.beans.factory.annotation.Value;

/**
 * Luisterend oor for visitors: a short welcome, then the anonymous chat component, and the
 * national help lines for who would rather call. No sign-in; works on a phone.
 */
@Route("praten")
@Menu(order = 4, title = "nav.chat")
@AnonymousAllowed
@StyleSheet("styles/chat-visitor.css")
class ChatVisitorView extends Div implements TranslatedTitle {

    ChatVisitorView(@Value("${wegwijs.chat.exit-url:https://www.google.nl}") String exitUrl) {
        addClassName("page");
        addClassName("chat-visitor");
        // While chatting the tab shows the portal's home page title: nothing about a help chat.
        String neutralTitle = I18NProvider.translate("home.title") + " | " + I18NProvider.translate("app.name");
        add(new PageIntro("chat.title", "chat.intro"),
                new ChatWelcome(),
                new VisitorChat(exitUrl, neutralTitle),
                new HelpLines());
    }

    @Override
    public String titleKey() {
        return "chat.title";
    }
}
