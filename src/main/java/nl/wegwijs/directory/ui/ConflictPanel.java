package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.function.Consumer;
import nl.wegwijs.directory.EditEntry;
import nl.wegwijs.directory.EditableService;
import nl.wegwijs.directory.ServiceDraft;

/**
 * Tells an editor that someone else saved the service meanwhile. Their typing stays in the form;
 * they can compare both versions, keep theirs on purpose, or load the other one.
 */
final class ConflictPanel extends Div {

    private final ServiceForm form;
    private final Consumer<EditableService> keepMine;
    private final Consumer<EditableService> loadTheirs;
    private final NativeTable comparison = new NativeTable();

    ConflictPanel(ServiceForm form, Consumer<EditableService> keepMine, Consumer<EditableService> loadTheirs) {
        this.form = form;
        this.keepMine = keepMine;
        this.loadTheirs = loadTheirs;
        addClassName("editor-conflict");
        getElement().setAttribute("role", "alert");
        getElement().setAttribute("tabindex", "-1");
        comparison.addClassName("data-table");
        setVisible(false);
    }

    /** {@code loaded} is what this editor started from, {@code latest} what is stored now. */
    void show(ServiceDraft loaded, ServiceDraft mine, EditableService latest, List<EditEntry> history) {
        removeAll();
        add(new H2(getTranslation("editor.conflict.title")), new Paragraph(getTranslation("editor.conflict.kept")));
        if (!history.isEmpty()) {
            EditEntry last = history.getFirst();
            add(new Paragraph(getTranslation("editor.conflict.by", last.by(), Dates.moment(last.at(), getLocale()),
                    getTranslation("editor.history.action." + last.action()))));
        }
        List<String> theirs = latest.draft().changedFields(loaded);
        fillComparison(theirs, latest.draft(), mine);
        comparison.setVisible(false);
        NativeButton compare = new NativeButton(getTranslation("editor.conflict.compare"), click -> {
            comparison.setVisible(!comparison.isVisible());
            click.getSource().getElement().setAttribute("aria-expanded", String.valueOf(comparison.isVisible()));
        });
        compare.getElement().setAttribute("aria-expanded", "false");
        compare.addClassName("button-secondary");
        NativeButton keep = new NativeButton(getTranslation("editor.conflict.keep-mine"), click -> keepMine.accept(latest));
        keep.addClassName("button-primary");
        NativeButton reload = new NativeButton(getTranslation("editor.conflict.load-theirs"), click -> loadTheirs.accept(latest));
        reload.addClassName("button-secondary");
        Div actions = new Div(compare, keep, reload);
        actions.addClassName("editor-actions");
        add(actions, comparison);
        setVisible(true);
        getElement().executeJs("this.focus()");
    }

    void hide() {
        removeAll();
        setVisible(false);
    }

    private void fillComparison(List<String> fields, ServiceDraft theirs, ServiceDraft mine) {
        comparison.removeAll();
        comparison.setCaptionText(getTranslation("editor.conflict.caption"));
        NativeTableRow header = new NativeTableRow();
        for (String column : List.of("part", "theirs", "mine")) {
            NativeTableHeaderCell cell = header.addHeaderCell();
            cell.setText(getTranslation("editor.conflict.column." + column));
            cell.getElement().setAttribute("scope", "col");
        }
        comparison.getHead().add(header);
        for (String field : fields.isEmpty() ? List.of("none") : fields) {
            NativeTableRow row = new NativeTableRow();
            if (field.equals("none")) {
                row.addDataCell().setText(getTranslation("editor.conflict.only-status"));
                row.addDataCell();
                row.addDataCell();
            } else {
                NativeTableHeaderCell part = row.addHeaderCell();
                part.setText(getTranslation("editor.history.field." + field));
                part.getElement().setAttribute("scope", "row");
                row.addDataCell().setText(form.describe(theirs, field));
                row.addDataCell().setText(form.describe(mine, field));
            }
            comparison.getBody().add(row);
        }
    }
}
