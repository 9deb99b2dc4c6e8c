package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import nl.wegwijs.shared.content.ContentPages;

/** A page whose text comes from {@code content/pages}, such as the privacy statement. */
abstract class ContentPageView extends Div implements TranslatedTitle {

    ContentPageView(ContentPages pages, String name) {
        addClassName("page");
        addClassName("prose");
        add(pages.html(name, Translations.supported(getLocale()))
                .<Component>map(html -> new Html("<div>" + html + "</div>"))
                .orElseGet(() -> new Paragraph(getTranslation("content.missing"))));
    }
}
