package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wegwijs.applications.CaseConflict;
import nl.wegwijs.applications.CaseStepRejected;
import nl.wegwijs.applications.Casework;
import nl.wegwijs.applications.WorklistFilter;
import nl.wegwijs.applications.WorklistRow;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** The consultant's worklist: the team's open cases, the nearest statutory deadline first. */
@Route(CaseworkView.PATH)
@Menu(order = 45, title = "casework.nav")
@RolesAllowed("CONSULTANT")
@StyleSheet("styles/casework.css")
class CaseworkView extends Div implements TranslatedTitle {

    static final String PATH = "behandelen";

    private final Casework casework;
    private final RadioButtonGroup<WorklistFilter> filter = new RadioButtonGroup<>();
    private final Paragraph status = new Paragraph();
    private final WorklistTable table = new WorklistTable(this::claim);

    CaseworkView(Casework casework) {
        this.casework = casework;
        addClassName("page");
        addClassName("casework-page");
        filter.setLabel(getTranslation("casework.filter.label"));
        filter.setItems(WorklistFilter.values());
        filter.setItemLabelGenerator(option -> getTranslation("casework.filter." + option.name()));
        filter.setValue(WorklistFilter.ALL);
        filter.addValueChangeListener(change -> refresh());
        filter.addClassName("worklist-filter");
        status.addClassName("casework-status");
        status.getElement().setAttribute("role", "status");
        add(new PageIntro("casework.title", "casework.intro"), filter, status, table);
        refresh();
    }

    private void claim(WorklistRow row) {
        try {
            casework.claim(row.reference(), row.version());
            status.setText(getTranslation("casework.claimed", row.reference().value()));
        } catch (CaseConflict | CaseStepRejected e) {
            status.setText(getTranslation("casework.conflict.list", row.reference().value()));
        }
        refresh();
    }

    private void refresh() {
        table.show(casework.worklist(filter.getValue() == null ? WorklistFilter.ALL : filter.getValue()));
    }

    @Override
    public String titleKey() {
        return "casework.title";
    }
}
