package nl.wegwijs.shared.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The top of a page: its one main heading and a short lead text under it, both translation keys. */
public class PageIntro extends Div {

    public PageIntro(String headingKey, String leadKey) {
        addClassName("page-intro");
        Paragraph lead = new Paragraph(getTranslation(leadKey));
        lead.addClassName("lead");
        add(new H1(getTranslation(headingKey)), lead);
    }
}
