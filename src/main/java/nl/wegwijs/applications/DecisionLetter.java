package nl.wegwijs.applications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.wegwijs.shared.WegwijsProperties;
import nl.wegwijs.shared.pdf.TaggedPdf;
import nl.wegwijs.shared.ui.Translations;
import org.springframework.stereotype.Component;

/**
 * The beschikking as a tagged PDF in plain Dutch: the decision, the provision and its form, the
 * reasons, and how to object (bezwaar within 6 weeks: to whom, how, what to write).
 */
@Component
class DecisionLetter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Translations.DUTCH);

    private final Translations translations;
    private final WegwijsProperties.Municipality municipality;

    DecisionLetter(Translations translations, WegwijsProperties properties) {
        this.translations = translations;
        this.municipality = properties.municipality();
    }

    static String fileName(CaseReference reference) {
        return "besluit-" + reference.value() + ".pdf";
    }

    byte[] render(WmoCase wmoCase, LocalDate day) {
        Decision decision = wmoCase.decision();
        String reference = wmoCase.reference().value();
        try (var pdf = new TaggedPdf("nl-NL", t("casework.letter.title"))) {
            pdf.heading1(t("casework.letter.title"));
            pdf.paragraph(t("casework.letter.from", municipality.name(), DATE.format(day)));
            pdf.paragraph(t("casework.letter.to", wmoCase.subjectName(), reference));
            pdf.paragraph(t("casework.letter.intro", DATE.format(wmoCase.aanvraagOn())));
            pdf.heading2(t("casework.letter.decision"));
            pdf.paragraph(t("casework.letter.outcome." + decision.outcome().name()));
            if (decision.provision() != null && decision.form() != null) {
                pdf.heading2(t("casework.letter.provision"));
                pdf.paragraph(t("casework.letter.provision-text", t("casework.provision." + decision.provision().name()),
                        t("casework.form." + decision.form().name())));
                pdf.paragraph(t("casework.letter.form-explained." + decision.form().name()));
            }
            pdf.heading2(t("casework.letter.reasons"));
            pdf.paragraph(decision.reasons());
            pdf.heading2(t("casework.letter.objection"));
            pdf.paragraph(t("casework.letter.objection-when", DATE.format(day.plusWeeks(6))));
            pdf.paragraph(t("casework.letter.objection-to", municipality.name(), municipality.address(),
                    municipality.email()));
            pdf.paragraph(t("casework.letter.objection-how", reference));
            pdf.paragraph(t("casework.letter.objection-meanwhile"));
            pdf.heading2(t("casework.letter.help"));
            pdf.paragraph(t("casework.letter.help-text", municipality.phone(), municipality.email()));
            return pdf.bytes();
        }
    }

    private String t(String key, Object... parameters) {
        return translations.getTranslation(key, Translations.DUTCH, parameters);
    }
}
