package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.wegwijs.accounts.AuditLog;
import nl.wegwijs.accounts.AuditRecord;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** A resident sees who looked at or changed their data, when, for whom and where (their right under the AVG). */
@Route("mijn/inzage")
@Menu(order = 12, title = "nav.inzage")
@RolesAllowed("RESIDENT")
@StyleSheet("styles/admin.css")
class InzageView extends Div implements TranslatedTitle {

    static final int SHOWN = 200;

    InzageView(AuditLog auditLog) {
        addClassNames("page", "admin-page");
        AuditWording wording = new AuditWording(this, getLocale());
        List<AuditRecord> rows = auditLog.aboutMe(SHOWN);
        H2 heading = new H2(getTranslation("inzage.list", rows.size()));
        UnorderedList list = new UnorderedList();
        list.addClassName("inzage-list");
        for (AuditRecord row : rows) {
            Paragraph when = new Paragraph(new Span(wording.when(row)));
            when.addClassName("inzage-when");
            Paragraph what = new Paragraph(getTranslation("inzage.line", wording.who(row), wording.what(row),
                    wording.howForResident(row)));
            ListItem item = new ListItem(when, what);
            item.addClassName("inzage-row");
            list.add(item);
        }
        Paragraph none = new Paragraph(getTranslation("inzage.empty"));
        none.setVisible(rows.isEmpty());
        list.setVisible(!rows.isEmpty());
        add(new PageIntro("inzage.title", "inzage.intro"), new Paragraph(getTranslation("inzage.rights")), heading,
                none, list);
    }

    @Override
    public String titleKey() {
        return "inzage.title";
    }
}
