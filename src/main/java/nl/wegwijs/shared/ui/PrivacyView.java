package nl.wegwijs.shared.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wegwijs.shared.content.ContentPages;

/** The privacy statement (AVG), text in {@code content/pages/privacy.*.md}. */
@Route("privacy")
@AnonymousAllowed
class PrivacyView extends ContentPageView {

    PrivacyView(ContentPages pages) {
        super(pages, "privacy");
    }

    @Override
    public String titleKey() {
        return "privacy.title";
    }
}
