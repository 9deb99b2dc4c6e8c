package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wegwijs.applications.CaseNotFound;
import nl.wegwijs.applications.PostNotification;
import nl.wegwijs.applications.PostNotifications;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** Letters to print for residents who want news by post; the front desk marks each one as sent. */
@Route("beheer/post")
@Menu(order = 42, title = "notification.nav")
@RolesAllowed("FRONT_DESK")
@StyleSheet("styles/my-cases.css")
class PostLettersView extends Div implements TranslatedTitle {

    private final PostNotifications letters;
    private final Paragraph notice = new Paragraph();
    private final Div list = new Div();

    PostLettersView(PostNotifications letters) {
        this.letters = letters;
        addClassNames("page", "post-letters");
        notice.getElement().setAttribute("role", "status");
        add(new PageIntro("notification.post.title", "notification.post.intro"), notice, list);
        show();
    }

    private void show() {
        list.removeAll();
        var pending = letters.pending();
        if (pending.isEmpty()) {
            list.add(new Paragraph(getTranslation("notification.post.none")));
            return;
        }
        UnorderedList items = new UnorderedList();
        for (PostNotification letter : pending) {
            String what = getTranslation(letter.kind().equals("MESSAGE") ? "notification.kind.MESSAGE"
                    : "mycases.status." + letter.kind());
            Paragraph line = new Paragraph(getTranslation("notification.post.line", letter.reference().value(),
                    letter.subjectName(), nullToEmpty(letter.postcode()), nullToEmpty(letter.houseNumber()), what,
                    CaseTexts.date(letter.createdAt(), getLocale())));
            NativeButton sent = new NativeButton(getTranslation("notification.post.mark", letter.reference().value()),
                    click -> markSent(letter));
            sent.addClassName("button-secondary");
            items.add(new ListItem(line, sent));
        }
        list.add(items);
    }

    private void markSent(PostNotification letter) {
        try {
            letters.markSent(letter.id());
            notice.setText(getTranslation("notification.post.marked", letter.reference().value()));
        } catch (CaseNotFound gone) {
            notice.setText(getTranslation("notification.post.gone"));
        }
        show();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String titleKey() {
        return "notification.post.title";
    }
}
