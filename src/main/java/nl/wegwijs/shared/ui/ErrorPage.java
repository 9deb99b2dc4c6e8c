package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.VaadinResponse;

/** What an error page shows: what happened, in plain words, and what the visitor can do next. */
abstract class ErrorPage extends Div implements TranslatedTitle {

    private final String key;

    ErrorPage(String key) {
        this.key = key;
        addClassName("page");
        addClassName("error-page");
    }

    /** Fills the page; {@code extra} goes under the explanation (such as a reference number). */
    void show(Paragraph... extra) {
        removeAll();
        add(new H1(getTranslation(key + ".heading")), new Paragraph(getTranslation(key + ".text")));
        add(extra);
        add(new Paragraph(getTranslation("error.next")));
        add(new UnorderedList(
                new ListItem(new Anchor(".", getTranslation("error.next.home"))),
                new ListItem(new Anchor("sociale-kaart", getTranslation("error.next.directory"))),
                new ListItem(new Anchor("direct-hulp", getTranslation("error.next.urgent")))));
    }

    /**
     * The HTTP status for the answer. Also set on the first page load directly, so that search
     * engines and crawlers see it, not only the router.
     */
    static int status(int status) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.setStatus(status);
        }
        return status;
    }

    @Override
    public String titleKey() {
        return key + ".title";
    }
}
