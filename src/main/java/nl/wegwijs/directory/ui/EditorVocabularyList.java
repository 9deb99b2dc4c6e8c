package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import nl.wegwijs.directory.Directory;
import nl.wegwijs.directory.SearchVocabularyEdits;
import nl.wegwijs.directory.VocabularyEntry;

/** The synonyms and compounds editors added, newest first, each with a button to remove it. */
class EditorVocabularyList extends Section {

    private final SearchVocabularyEdits edits;
    private final Consumer<VocabularyEntry> removed;
    private final Div content = new Div();

    EditorVocabularyList(SearchVocabularyEdits edits, Consumer<VocabularyEntry> removed) {
        this.edits = edits;
        this.removed = removed;
        addClassName("zero-results__vocabulary");
        add(new H2(getTranslation("vocabulary.heading")), new Paragraph(getTranslation("vocabulary.intro")), content);
        refresh();
    }

    void refresh() {
        content.removeAll();
        List<VocabularyEntry> entries = edits.list();
        if (entries.isEmpty()) {
            content.add(new Paragraph(getTranslation("vocabulary.none")));
            return;
        }
        DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale());
        UnorderedList list = new UnorderedList();
        list.addClassName("vocabulary-list");
        for (VocabularyEntry entry : entries) {
            String key = ZeroResultReportView.kindKey(entry.kind());
            Span words = new Span(getTranslation(key + ".entry", entry.word(),
                    String.join(entry.kind() == VocabularyEntry.Kind.SYNONYM ? ", " : " + ", entry.meaning())));
            words.addClassName("vocabulary-list__words");
            Span added = new Span(getTranslation("vocabulary.added", entry.addedBy(),
                    dates.format(entry.addedAt().atZoneSameInstant(Directory.ZONE))));
            added.addClassName("vocabulary-list__added");
            Button remove = new Button(getTranslation("vocabulary.remove"), click -> remove(entry));
            remove.setAriaLabel(getTranslation("vocabulary.remove-for", entry.word()));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            list.add(new ListItem(words, added, remove));
        }
        content.add(list);
    }

    private void remove(VocabularyEntry entry) {
        edits.remove(entry.word());
        refresh();
        removed.accept(entry);
    }
}
