package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.html.DescriptionList;

/** A short list of labelled facts about one representation (a {@code <dl>}). */
final class Facts extends DescriptionList {

    Facts() {
        addClassName("rep-facts");
    }

    Facts add(String labelKey, String value) {
        add(new Term(getTranslation(labelKey)), new Description(value));
        return this;
    }
}
