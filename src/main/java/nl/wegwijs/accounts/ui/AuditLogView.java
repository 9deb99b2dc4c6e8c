package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wegwijs.accounts.AuditLog;
import nl.wegwijs.accounts.AuditPage;
import nl.wegwijs.accounts.AuditQuery;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** Administrators search the audit log: who saw or changed whose data, when, where and on whose behalf. */
@Route("beheer/auditlog")
@Menu(order = 91, title = "nav.auditlog")
@RolesAllowed("ADMIN")
@StyleSheet("styles/admin.css")
class AuditLogView extends Div implements TranslatedTitle {

    private final AuditLog auditLog;
    private final AuditTable table = new AuditTable();
    private final H2 resultsHeading = new H2();
    private final Span pageNumber = new Span();
    private final Button previous = new Button();
    private final Button next = new Button();
    private AuditQuery query = AuditQuery.everything();

    AuditLogView(AuditLog auditLog) {
        this.auditLog = auditLog;
        addClassNames("page", "admin-page");
        resultsHeading.setText(getTranslation("auditlog.results"));
        resultsHeading.getElement().setAttribute("tabindex", "-1");
        previous.setText(getTranslation("auditlog.previous"));
        next.setText(getTranslation("auditlog.next"));
        previous.addClickListener(click -> show(query.withPage(query.page() - 1)));
        next.addClickListener(click -> show(query.withPage(query.page() + 1)));
        pageNumber.getElement().setAttribute("aria-live", "polite");
        Div pager = new Div(previous, pageNumber, next);
        pager.addClassName("admin-pager");
        add(new PageIntro("auditlog.title", "auditlog.intro"), new AuditFilters(this::search), resultsHeading, table,
                pager);
        show(query);
    }

    @Override
    public String titleKey() {
        return "auditlog.title";
    }

    private void search(AuditQuery newQuery) {
        show(newQuery);
        resultsHeading.getElement().callJsFunction("focus");
    }

    private void show(AuditQuery newQuery) {
        query = newQuery;
        AuditPage page = auditLog.search(query);
        table.show(page.rows());
        previous.setEnabled(page.page() > 0);
        next.setEnabled(page.hasNext());
        pageNumber.setText(getTranslation("auditlog.page", page.page() + 1));
    }
}
