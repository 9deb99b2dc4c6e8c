package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wegwijs.directory.SearchVocabularyEdits;
import nl.wegwijs.directory.VocabularyEntry;
import nl.wegwijs.directory.ZeroResults;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/**
 * Editors see what residents searched for without finding anything in the last 30 days, and fix
 * it in one click with a synonym or a compound split; the search uses it at once.
 */
@Route("redactie/zoekvragen-zonder-resultaat")
@Menu(order = 60, title = "nav.zero-results")
@RolesAllowed({"EDITOR", "ADMIN"})
@StyleSheet("styles/zero-results.css")
class ZeroResultReportView extends Div implements TranslatedTitle {

    static final int ROWS = 25;

    private final ZeroResults zeroResults;
    private final SearchVocabularyEdits edits;
    private final Paragraph status = new Paragraph();
    private final ZeroResultTable table;
    private final EditorVocabularyList added;

    ZeroResultReportView(ZeroResults zeroResults, SearchVocabularyEdits edits) {
        this.zeroResults = zeroResults;
        this.edits = edits;
        addClassNames("page", "zero-results");
        status.addClassName("zero-results__status");
        status.getElement().setAttribute("role", "status");
        // Focus moves here after a change, so keyboard and screen reader users hear the outcome.
        status.getElement().setAttribute("tabindex", "-1");
        table = new ZeroResultTable(zeroResults.mostSearched(ROWS), zeroResults::servicesFoundNow, this::openDialog);
        added = new EditorVocabularyList(edits, this::removed);
        add(new PageIntro("zero-results.title", "zero-results.intro"), status, table, added);
    }

    @Override
    public String titleKey() {
        return "zero-results.title";
    }

    private void openDialog(VocabularyEntry.Kind kind, String query) {
        new VocabularyEntryDialog(kind, query, edits, entry -> saved(entry, query)).open();
    }

    private void saved(VocabularyEntry entry, String query) {
        long found = zeroResults.servicesFoundNow(query);
        table.showFound(query, found);
        added.refresh();
        String key = kindKey(entry.kind()) + (found == 0 ? ".saved-nothing-yet" : ".saved");
        announce(getTranslation(key, entry.word(), query, found));
    }

    private void removed(VocabularyEntry entry) {
        table.refreshFound();
        announce(getTranslation("vocabulary.removed", entry.word()));
    }

    private void announce(String message) {
        status.setText(message);
        status.getElement().callJsFunction("focus");
    }

    static String kindKey(VocabularyEntry.Kind kind) {
        return kind == VocabularyEntry.Kind.SYNONYM ? "vocabulary.synonym" : "vocabulary.compound";
    }
}
