package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import nl.wegwijs.directory.ImportMode;
import nl.wegwijs.directory.ImportSummary;

/** What an HSDS import did, in words and numbers, with every refused record and why. */
final class ImportSummaryPanel extends Div {

    ImportSummaryPanel() {
        addClassName("editor-import-summary");
        getElement().setAttribute("role", "status");
    }

    void clear() {
        removeAll();
    }

    void show(ImportSummary summary, ImportMode mode) {
        removeAll();
        add(new H2(getTranslation("editor.summary.title")));
        if (!summary.applied()) {
            Paragraph nothing = new Paragraph(getTranslation("editor.summary.not-applied", summary.rejected().size()));
            nothing.addClassName("form-error");
            add(nothing);
        } else {
            add(new Paragraph(getTranslation(mode == ImportMode.REPLACE ? "editor.summary.replaced" : "editor.summary.merged")));
        }
        DescriptionList numbers = new DescriptionList();
        numbers.addClassName("editor-numbers");
        numbers.add(new DescriptionList.Term(getTranslation("editor.summary.created")),
                new DescriptionList.Description(String.valueOf(summary.created())),
                new DescriptionList.Term(getTranslation("editor.summary.updated")),
                new DescriptionList.Description(String.valueOf(summary.updated())),
                new DescriptionList.Term(getTranslation("editor.summary.removed")),
                new DescriptionList.Description(String.valueOf(summary.removed())),
                new DescriptionList.Term(getTranslation("editor.summary.rejected")),
                new DescriptionList.Description(String.valueOf(summary.rejected().size())));
        add(numbers);
        if (!summary.rejected().isEmpty()) {
            NativeTable table = new NativeTable();
            table.addClassName("data-table");
            table.setCaptionText(getTranslation("editor.summary.rejected-caption"));
            NativeTableRow header = new NativeTableRow();
            for (String column : List.of("position", "id", "reason")) {
                NativeTableHeaderCell cell = header.addHeaderCell();
                cell.setText(getTranslation("editor.summary.column." + column));
                cell.getElement().setAttribute("scope", "col");
            }
            table.getHead().add(header);
            for (ImportSummary.Rejection rejection : summary.rejected()) {
                NativeTableRow row = new NativeTableRow();
                row.addDataCell().setText(String.valueOf(rejection.index() + 1));
                row.addDataCell().setText(rejection.id() == null ? "–" : rejection.id());
                var reason = row.addDataCell();
                reason.setText(rejection.reason());
                reason.getElement().setAttribute("lang", "en");
                table.getBody().add(row);
            }
            add(table);
        }
    }
}
