package nl.wegwijs.applications;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.wegwijs.shared.WegwijsProperties;
import nl.wegwijs.shared.pdf.TaggedPdf;
import nl.wegwijs.shared.ui.Translations;
import org.springframework.stereotype.Component;

/**
 * The receipt of a melding as a tagged PDF in plain Dutch (B1): the reference, what happens next
 * with its statutory dates, the right to free client support, and how to reach the municipality.
 */
@Component
class MeldingReceipt {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Translations.DUTCH);

    private final Translations translations;
    private final WegwijsProperties.Municipality municipality;

    MeldingReceipt(Translations translations, WegwijsProperties properties) {
        this.translations = translations;
        this.municipality = properties.municipality();
    }

    byte[] render(MeldingConfirmation confirmation) {
        try (var pdf = new TaggedPdf("nl-NL", translate("melding.receipt.title"))) {
            pdf.heading1(translate("melding.receipt.title"));
            pdf.paragraph(translate("melding.receipt.received", municipality.name(), date(confirmation.receivedOn())));
            pdf.paragraph(translate("melding.receipt.reference", confirmation.reference().value()));
            pdf.paragraph(translate("melding.receipt.for", confirmation.subjectName()));
            pdf.heading2(translate("melding.confirm.next.heading"));
            pdf.paragraph(translate("melding.confirm.next.investigation", date(confirmation.investigationDue())));
            pdf.paragraph(translate("melding.confirm.next.plan", date(confirmation.planDue())));
            pdf.paragraph(translate("melding.confirm.next.decision"));
            pdf.heading2(translate("melding.confirm.support.heading"));
            pdf.paragraph(translate("melding.confirm.support.text"));
            pdf.paragraph(translate("melding.confirm.support.how", municipality.phone(), municipality.email()));
            pdf.heading2(translate("melding.receipt.questions"));
            pdf.paragraph(translate("melding.receipt.questions-text", municipality.name(), municipality.phone(),
                    municipality.email(), confirmation.reference().value()));
            return pdf.bytes();
        }
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }

    private String translate(String key, Object... parameters) {
        return translations.getTranslation(key, Translations.DUTCH, parameters);
    }
}
