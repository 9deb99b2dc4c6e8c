package nl.wegwijs.selfassessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.directory.NearbyService;
import nl.wegwijs.shared.WegwijsProperties;
import nl.wegwijs.shared.pdf.TaggedPdf;
import nl.wegwijs.shared.ui.Translations;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The self-test result as an accessible PDF to print or bring to the keukentafelgesprek: the
 * advice with its reasons and nearby services, and the answers it is based on. Made on request
 * from what the browser holds; nothing is stored.
 */
@Service
public class SelfTestPdf {

    private final Translations translations;
    private final WegwijsProperties.Municipality municipality;
    private final Clock clock;

    SelfTestPdf(Translations translations, WegwijsProperties properties, Clock clock) {
        this.translations = translations;
        this.municipality = properties.municipality();
        this.clock = clock;
    }

    @PreAuthorize("permitAll()")
    public byte[] render(Questionnaire questionnaire, Answers answers, Map<AdviceRule, List<NearbyService>> services,
            Locale locale) {
        var advice = Advisor.evaluate(questionnaire, answers);
        String title = questionnaire.title().in(locale);
        try (var pdf = new TaggedPdf(locale.getLanguage(), title)) {
            pdf.heading1(title);
            pdf.paragraph(text(locale, "selftest.pdf.made", municipality.name(), LocalDate.now(clock)
                    .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale))));
            if (advice.urgent()) {
                pdf.heading2(text(locale, "crisis.heading"));
                pdf.paragraph(text(locale, "selftest.pdf.urgent"));
            }
            pdf.heading2(text(locale, "selftest.advice.heading"));
            for (AdviceRule rule : advice.advice()) {
                pdf.heading2(text(locale, "selftest.level." + rule.level().name()) + ": " + rule.title().in(locale));
                pdf.paragraph(rule.text().in(locale));
                if (rule.because() != null) {
                    pdf.paragraph(rule.because().in(locale));
                }
                for (NearbyService service : services.getOrDefault(rule, List.of())) {
                    pdf.paragraph("• " + service.name() + (service.organization() == null ? ""
                            : " (" + service.organization() + ")"));
                }
            }
            pdf.heading2(text(locale, "selftest.answers.heading"));
            for (AnsweredQuestion answered : AnsweredQuestion.of(questionnaire, answers, locale)) {
                pdf.paragraph(answered.question() + " " + answered.answer());
            }
            pdf.heading2(text(locale, "selftest.pdf.questions"));
            pdf.paragraph(text(locale, "selftest.pdf.questions-text", municipality.phone(), municipality.email()));
            return pdf.bytes();
        }
    }

    private String text(Locale locale, String key, Object... parameters) {
        return translations.getTranslation(key, locale, parameters);
    }
}
