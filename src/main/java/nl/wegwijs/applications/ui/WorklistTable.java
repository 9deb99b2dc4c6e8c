package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.Consumer;
import nl.wegwijs.applications.DeadlineWarning;
import nl.wegwijs.applications.WorklistRow;

/** The worklist as a table: the deadline with its warning in words, the case, who has it, and a claim button. */
class WorklistTable extends Div {

    private final NativeTable table = new NativeTable();
    private final Paragraph empty = new Paragraph();
    private final Consumer<WorklistRow> claim;

    WorklistTable(Consumer<WorklistRow> claim) {
        this.claim = claim;
        addClassName("table-scroller");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("casework.worklist.caption"));
        table.addClassName("data-table");
        table.addClassName("worklist");
        table.setCaptionText(getTranslation("casework.worklist.caption"));
        NativeTableRow header = new NativeTableRow();
        for (String column : new String[] {"deadline", "reference", "name", "status", "consultant", "action"}) {
            NativeTableHeaderCell cell = header.addHeaderCell();
            cell.setText(getTranslation("casework.column." + column));
            cell.getElement().setAttribute("scope", "col");
        }
        table.getHead().add(header);
        empty.setText(getTranslation("casework.worklist.empty"));
        add(table, empty);
    }

    void show(List<WorklistRow> rows) {
        table.getBody().removeAll();
        for (WorklistRow row : rows) {
            NativeTableRow line = new NativeTableRow();
            line.addClassName("worklist-row");
            line.getElement().setAttribute("data-reference", row.reference().value());
            Span warning = new Span(warning(row));
            warning.addClassName("deadline-warning");
            warning.addClassName("deadline-" + row.warning().name().toLowerCase());
            line.addDataCell().add(new Span(CaseTexts.date(row.nextDeadline(), getLocale())), new Div(warning));
            line.addDataCell().add(new Anchor(CaseFileView.PATH + "/" + row.reference().value(),
                    row.reference().value()));
            line.addDataCell().setText(row.subjectName());
            line.addDataCell().setText(getTranslation("casework.status." + row.status().name()));
            line.addDataCell().setText(row.consultantName() == null ? getTranslation("casework.nobody")
                    : row.mine() ? getTranslation("casework.you") : row.consultantName());
            var action = line.addDataCell();
            if (row.consultantName() == null) {
                NativeButton button = new NativeButton(getTranslation("casework.claim"), click -> claim.accept(row));
                button.addClassName("button-primary");
                button.addClassName("claim-button");
                button.getElement().setAttribute("aria-label",
                        getTranslation("casework.claim.label", row.reference().value()));
                action.add(button);
            }
            table.getBody().add(line);
        }
        table.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    private String warning(WorklistRow row) {
        if (row.warning() == DeadlineWarning.SOON && row.workingDaysLeft() == 0) {
            return getTranslation("casework.warning.today");
        }
        if (row.warning() == DeadlineWarning.PASSED) {
            return getTranslation("casework.warning.PASSED");
        }
        return getTranslation("casework.warning." + row.warning().name() + (row.workingDaysLeft() == 1 ? ".one" : ".many"),
                row.workingDaysLeft());
    }
}
