package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

/** Plain HTML tables with a caption, column headers and a row header in each row: what screen readers read best. */
final class FiguresTable {

    private FiguresTable() {
    }

    static NativeTable create(String caption, String... columns) {
        NativeTable table = new NativeTable();
        table.addClassNames("data-table", "figures-table");
        table.getCaption().setText(caption);
        NativeTableRow header = new NativeTableRow();
        for (String column : columns) {
            NativeTableHeaderCell cell = header.addHeaderCell();
            cell.setText(column);
            cell.getElement().setAttribute("scope", "col");
        }
        table.getHead().add(header);
        return table;
    }

    static NativeTableRow row(NativeTable table, String heading, String... values) {
        NativeTableRow row = new NativeTableRow();
        NativeTableHeaderCell name = row.addHeaderCell();
        name.setText(heading);
        name.getElement().setAttribute("scope", "row");
        for (String value : values) {
            row.addDataCell().setText(value);
        }
        table.getBody().add(row);
        return row;
    }
}
