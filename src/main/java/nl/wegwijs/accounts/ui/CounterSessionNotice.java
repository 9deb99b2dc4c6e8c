package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import nl.wegwijs.accounts.CounterSessions;
import nl.wegwijs.shared.ui.PageNotice;

/** On every page but the counter page itself: "you are helping X at the counter", while a session is open. */
@org.springframework.stereotype.Component
class CounterSessionNotice implements PageNotice {

    private final CounterSessions sessions;
    private final AuthenticationContext authentication;

    CounterSessionNotice(CounterSessions sessions, AuthenticationContext authentication) {
        this.sessions = sessions;
        this.authentication = authentication;
    }

    @Override
    public Optional<Component> noticeFor(String path) {
        if (CounterView.PATH.equals(path) || !authentication.hasRole("FRONT_DESK")) {
            return Optional.empty();
        }
        return sessions.current().map(session -> {
            Notice notice = new Notice();
            notice.add(new Span(notice.getTranslation("counter.notice", session.residentName(),
                    session.resident().masked())), new Anchor(CounterView.PATH, notice.getTranslation("counter.notice.link")));
            return notice;
        });
    }

    @StyleSheet("styles/counter.css")
    static final class Notice extends Aside {
        Notice() {
            addClassName("counter-notice");
            getElement().setAttribute("aria-label", getTranslation("counter.notice.label"));
        }
    }
}
