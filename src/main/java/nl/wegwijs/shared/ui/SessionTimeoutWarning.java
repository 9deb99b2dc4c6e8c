package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinSession;
import java.time.Duration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/**
 * Two minutes (configurable) before a signed-in session ends for inactivity, a dialog says so and
 * offers to carry on (WCAG 2.2.1); when time is up the person is signed out and told why. The
 * timing runs in {@code frontend/scripts/session-timeout.js}; the session length is the server's.
 */
@Tag("wegwijs-session-timeout")
class SessionTimeoutWarning extends Component {

    static final String SCRIPT = "/scripts/session-timeout.js";

    SessionTimeoutWarning(Duration warnBefore) {
        getElement().setAttribute("warn-before", String.valueOf(warnBefore.toSeconds()));

        Element title = new Element("h2").setText(getTranslation("session.warning.title"));
        title.setAttribute("id", "session-timeout-title");
        Element countdown = new Element("strong").setAttribute("data-countdown", "");
        Element text = new Element("p");
        text.setAttribute("id", "session-timeout-text");
        text.appendChild(Element.createText(getTranslation("session.warning.before")), countdown,
                Element.createText(getTranslation("session.warning.after")));
        Element extend = button("extend", "session.warning.extend");
        extend.setAttribute("class", "button-primary");
        Element signOut = button("sign-out", "session.warning.sign-out");
        Element actions = new Element("div").setAttribute("class", "session-timeout__actions");
        actions.appendChild(extend, signOut);

        Element dialog = new Element("dialog");
        dialog.setAttribute("class", "session-timeout");
        dialog.setAttribute("role", "alertdialog");
        dialog.setAttribute("aria-labelledby", "session-timeout-title");
        dialog.setAttribute("aria-describedby", "session-timeout-text");
        dialog.appendChild(title, text, actions);
        getElement().appendChild(dialog);
    }

    private Element button(String action, String key) {
        Element button = new Element("button").setText(getTranslation(key));
        button.setAttribute("type", "button");
        button.setAttribute("data-action", action);
        return button;
    }

    @Override
    protected void onAttach(AttachEvent event) {
        VaadinSession session = event.getSession();
        getElement().setAttribute("timeout", String.valueOf(session.getSession().getMaxInactiveInterval()));
        String contextPath = VaadinServletRequest.getCurrent() == null ? ""
                : VaadinServletRequest.getCurrent().getContextPath();
        // Flow loads absolute module URLs as they are, without a frontend build.
        event.getUI().getPage().addJsModule(contextPath + SCRIPT);
    }

    /** The person chose to carry on: this request is the activity that keeps the session. */
    @ClientCallable
    void extend() {
        // Nothing else to do: every request counts as activity.
    }

    /** Time is up (or the person chose to sign out now): sign out and explain on the sign-in page. */
    @ClientCallable
    void expire() {
        var request = VaadinServletRequest.getCurrent();
        var response = VaadinServletResponse.getCurrent();
        UI.getCurrent().getPage().setLocation(request.getContextPath() + "/" + LoginView.PATH + "?"
                + LoginView.SIGNED_OUT_INACTIVE);
        new SecurityContextLogoutHandler().logout(request.getHttpServletRequest(),
                response == null ? null : response.getHttpServletResponse(),
                SecurityContextHolder.getContext().getAuthentication());
    }
}
