package nl.wegwijs.selfassessment.ui;

import com.vaadin.flow.component.UI;
import java.util.function.Consumer;
import nl.wegwijs.selfassessment.Answers;
import nl.wegwijs.selfassessment.AnswersCodec;
import nl.wegwijs.selfassessment.Questionnaire;

/**
 * Keeps a self-test's answers in the browser tab (sessionStorage), so a reload loses nothing while
 * the server stores nothing. Closing the tab forgets them, which is right on a shared computer;
 * "save and continue later" is the resident's explicit choice to keep them longer.
 */
final class BrowserProgress {

    /** Where the resident was: a question's id, or {@link #ADVICE}. */
    static final String ADVICE = "#advice";

    record Progress(Answers answers, String at) {
    }

    private final String key;

    BrowserProgress(Questionnaire questionnaire) {
        this.key = "wegwijs.zelftest." + questionnaire.id() + ".v" + questionnaire.version();
    }

    void load(UI ui, Consumer<Progress> loaded) {
        ui.getPage().executeJs("""
                try { return (sessionStorage.getItem($0 + '.at') || '') + '\\n' + (sessionStorage.getItem($0 + '.answers') || ''); }
                catch (e) { return ''; }""", key)
                .then(String.class, stored -> {
                    String[] parts = stored == null ? new String[0] : stored.split("\n", 2);
                    loaded.accept(parts.length < 2 ? new Progress(Answers.none(), "")
                            : new Progress(AnswersCodec.read(parts[1]), parts[0]));
                }, error -> loaded.accept(new Progress(Answers.none(), "")));
    }

    void save(UI ui, Answers answers, String at) {
        ui.getPage().executeJs("""
                try { sessionStorage.setItem($0 + '.answers', $1); sessionStorage.setItem($0 + '.at', $2); }
                catch (e) { }""", key, AnswersCodec.write(answers), at == null ? "" : at);
    }

    void clear(UI ui) {
        ui.getPage().executeJs("""
                try { sessionStorage.removeItem($0 + '.answers'); sessionStorage.removeItem($0 + '.at'); }
                catch (e) { }""", key);
    }
}
