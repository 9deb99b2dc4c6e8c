package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import nl.wegwijs.accounts.AuditRecord;

/** Audit log rows for administrators, newest first; whose data it was shows as a masked BSN. */
class AuditTable extends Div {

    private final AuditWording wording = new AuditWording(this, getLocale());
    private final NativeTable table = new NativeTable();
    private final Paragraph empty = new Paragraph();

    AuditTable() {
        addClassName("table-scroller");
        getElement().setAttribute("tabindex", "0");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("auditlog.caption"));
        table.addClassName("data-table");
        empty.setText(getTranslation("auditlog.empty"));
        add(table, empty);
        table.setCaptionText(getTranslation("auditlog.caption"));
        NativeTableRow header = new NativeTableRow();
        for (String column : new String[] {"when", "who", "how", "what", "subject", "reason"}) {
            NativeTableHeaderCell cell = header.addHeaderCell();
            cell.setText(getTranslation("auditlog.column." + column));
            cell.getElement().setAttribute("scope", "col");
        }
        table.getHead().add(header);
    }

    void show(List<AuditRecord> rows) {
        table.getBody().removeAll();
        for (AuditRecord row : rows) {
            NativeTableRow line = new NativeTableRow();
            line.addClassName("audit-row");
            line.addDataCell().setText(wording.when(row));
            line.addDataCell().setText(wording.who(row));
            line.addDataCell().setText(wording.how(row));
            line.addDataCell().setText(wording.what(row));
            line.addDataCell().setText(row.subject() == null ? "–" : row.subject().masked());
            line.addDataCell().setText(row.reason() == null ? "" : row.reason());
            table.getBody().add(line);
        }
        table.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }
}
