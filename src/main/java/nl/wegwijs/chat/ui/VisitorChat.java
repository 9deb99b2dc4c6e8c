package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.server.VaadinRequest;

/**
 * The {@code <wegwijs-chat>} element from {@code frontend/chat/wegwijs-chat.js}, served as a
 * static ES module (no frontend build), configured with the portal's endpoint, exit page and texts.
 */
@Tag("wegwijs-chat")
class VisitorChat extends Component {

    static final String SCRIPT = "/chat/wegwijs-chat.js";
    static final String ENDPOINT = "/ws/chat";

    private final String contextPath;

    VisitorChat(String exitUrl, String neutralTitle) {
        VaadinRequest request = VaadinRequest.getCurrent();
        contextPath = request == null ? "" : request.getContextPath();
        getElement().setAttribute("endpoint", contextPath + ENDPOINT);
        getElement().setAttribute("exit-url", exitUrl);
        getElement().setAttribute("neutral-title", neutralTitle);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        getElement().setAttribute("language", event.getUI().getLocale().getLanguage());
        getElement().setAttribute("texts", ChatClientTexts.json(event.getUI().getLocale()));
        // Flow loads only absolute module URLs as they are, without bundling them.
        event.getUI().getPage().addJsModule(contextPath + SCRIPT);
    }
}
