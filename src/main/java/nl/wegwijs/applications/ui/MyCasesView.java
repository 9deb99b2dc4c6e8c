package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wegwijs.applications.CaseSummary;
import nl.wegwijs.applications.MyCases;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** "Mijn aanvragen": every case of the resident and of the people they act for, newest first. */
@Route(MyCasesView.PATH)
@Menu(order = 10, title = "mycases.nav")
@RolesAllowed("RESIDENT")
@StyleSheet("styles/my-cases.css")
class MyCasesView extends Div implements TranslatedTitle {

    static final String PATH = "mijn/aanvragen";

    MyCasesView(MyCases myCases) {
        addClassNames("page", "my-cases");
        add(new PageIntro("mycases.title", "mycases.intro"));
        var cases = myCases.list();
        if (cases.isEmpty()) {
            add(new Paragraph(getTranslation("mycases.empty")),
                    new Anchor("aanvragen", getTranslation("mycases.apply")));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("my-cases__list");
        for (CaseSummary summary : cases) {
            Anchor link = new Anchor(PATH + "/" + summary.reference().value(),
                    getTranslation("mycases.item.title", summary.reference().value()));
            H2 heading = new H2(link);
            Paragraph status = new Paragraph(getTranslation("mycases.list.status",
                    getTranslation("mycases.status." + summary.status().name())));
            ListItem item = new ListItem(heading);
            item.add(new Paragraph(getTranslation("mycases.list.for", summary.subjectName())), status, new Paragraph(getTranslation("mycases.list.received", CaseTexts.date(summary.meldingAt(), getLocale()))));
            if (summary.nextDeadline() != null) {
                item.add(new Paragraph(getTranslation("mycases.list.next", CaseTexts.date(summary.nextDeadline(), getLocale()))));
            }
            item.addClassName("my-cases__item");
            list.add(item);
        }
        add(list);
    }

    @Override
    public String titleKey() {
        return "mycases.title";
    }
}
