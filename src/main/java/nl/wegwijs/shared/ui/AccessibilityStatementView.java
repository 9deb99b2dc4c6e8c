package nl.wegwijs.shared.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wegwijs.shared.content.ContentPages;

/** The accessibility statement the law requires, text in {@code content/pages/accessibility.*.md}. */
@Route("toegankelijkheid")
@AnonymousAllowed
class AccessibilityStatementView extends ContentPageView {

    AccessibilityStatementView(ContentPages pages) {
        super(pages, "accessibility");
    }

    @Override
    public String titleKey() {
        return "accessibility.title";
    }
}
