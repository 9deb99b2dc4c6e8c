package nl.wegwijs.applications;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import nl.wegwijs.accounts.Bsn;
import nl.wegwijs.accounts.Matter;
import nl.wegwijs.accounts.MatterItem;
import nl.wegwijs.accounts.RepresenteeMatters;
import org.springframework.stereotype.Component;

/** The representee's cases on the carer's dashboard; accounts checks the representation and audits the view. */
@Component
class CaseMatters implements RepresenteeMatters {

    private final WmoCaseRepository cases;
    private final CaseStatusEntryRepository history;
    private final I18NProvider translations;

    CaseMatters(WmoCaseRepository cases, CaseStatusEntryRepository history, I18NProvider translations) {
        this.cases = cases;
        this.history = history;
        this.translations = translations;
    }

    @Override
    public Matter matter() {
        return Matter.APPLICATIONS;
    }

    @Override
    public List<MatterItem> itemsOf(Bsn representee, Locale locale) {
        return cases.findBySubjectBsnOrderByMeldingAtDesc(representee.value()).stream()
                .map(wmoCase -> new MatterItem(Matter.APPLICATIONS,
                        translations.getTranslation("mycases.item.title", locale, wmoCase.reference().value()),
                        translations.getTranslation("mycases.status." + wmoCase.status().name(), locale),
                        lastChange(wmoCase), "mijn/aanvragen/" + wmoCase.reference().value()))
                .toList();
    }

    private Instant lastChange(WmoCase wmoCase) {
        var steps = history.findByCaseIdOrderByOccurredAtAscIdAsc(wmoCase.id());
        return steps.isEmpty() ? wmoCase.meldingAt() : steps.getLast().occurredAt();
    }
}
