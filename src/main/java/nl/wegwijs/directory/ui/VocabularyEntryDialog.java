package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.wegwijs.directory.SearchVocabularyEdits;
import nl.wegwijs.directory.VocabularyEntry;
import nl.wegwijs.directory.VocabularyEntryRejected;

/**
 * Adds a synonym or splits a compound, prefilled with a resident's query. A refusal is shown at
 * the field it concerns and everything typed stays.
 */
class VocabularyEntryDialog extends Dialog {

    private final VocabularyEntry.Kind kind;
    private final SearchVocabularyEdits edits;
    private final Consumer<VocabularyEntry> saved;
    private final TextField word = new TextField();
    private final TextField meaning = new TextField();

    VocabularyEntryDialog(VocabularyEntry.Kind kind, String query, SearchVocabularyEdits edits,
            Consumer<VocabularyEntry> saved) {
        this.kind = kind;
        this.edits = edits;
        this.saved = saved;
        String key = ZeroResultReportView.kindKey(kind);
        addClassName("vocabulary-dialog");
        setHeaderTitle(getTranslation(key + ".dialog-title"));
        setCloseOnOutsideClick(false);

        word.setLabel(getTranslation(key + ".word"));
        word.setHelperText(getTranslation(key + ".word-help"));
        word.setValue(query);
        meaning.setLabel(getTranslation(key + ".meaning"));
        meaning.setHelperText(getTranslation(key + ".meaning-help"));
        for (TextField field : new TextField[] {word, meaning}) {
            field.setRequiredIndicatorVisible(true);
            field.setWidthFull();
            field.addValueChangeListener(change -> field.setInvalid(false));
        }
        meaning.setAutofocus(true);
        add(new Paragraph(getTranslation(key + ".explanation")), word, meaning);

        Button save = new Button(getTranslation("vocabulary.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER).listenOn(this);
        Button cancel = new Button(getTranslation("vocabulary.cancel"), click -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        try {
            VocabularyEntry entry = kind == VocabularyEntry.Kind.SYNONYM
                    ? edits.addSynonym(word.getValue(), meaning.getValue())
                    : edits.addCompound(word.getValue(), meaning.getValue());
            close();
            saved.accept(entry);
        } catch (VocabularyEntryRejected rejected) {
            TextField field = rejected.field() == VocabularyEntryRejected.Field.WORD ? word : meaning;
            TextField other = field == word ? meaning : word;
            other.setInvalid(false);
            field.setErrorMessage(getTranslation(rejected.messageKey(), rejected.arguments()));
            field.setInvalid(true);
            field.focus();
        }
    }
}
