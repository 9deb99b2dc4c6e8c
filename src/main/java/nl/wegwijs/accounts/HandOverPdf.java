package nl.wegwijs.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.shared.WegwijsProperties;
import nl.wegwijs.shared.pdf.TaggedPdf;
import nl.wegwijs.shared.ui.Translations;
import org.springframework.stereotype.Component;

/**
 * The printed summary a resident takes home from the counter, in plain Dutch (B1): who was
 * helped (BSN masked), by whom, when, what was done (from the audit log), how to continue at home
 * with DigiD, and what their consent covered.
 */
@Component
class HandOverPdf {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Translations.DUTCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Translations.DUTCH);
    /** Audit rows with a sentence of their own; any other row is told by its action alone. */
    private static final Set<String> KNOWN = Set.of("counter-session.CREATED", "counter-session.ENDED",
            "counter-handover.CREATED", "representation.CREATED", "representation.CONFIRMED",
            "representation.REVOKED");

    private final Translations translations;
    private final WegwijsProperties.Municipality municipality;
    private final CounterProperties counter;

    HandOverPdf(Translations translations, WegwijsProperties properties, CounterProperties counter) {
        this.translations = translations;
        this.municipality = properties.municipality();
        this.counter = counter;
    }

    byte[] render(CounterSessionSummary session, List<AuditRecord> done, Instant now) {
        String date = DATE.format(session.startedAt().atZone(ZONE));
        try (var pdf = new TaggedPdf("nl-NL", translate("counter.pdf.title"))) {
            pdf.heading1(translate("counter.pdf.title"));
            pdf.paragraph(translate("counter.pdf.municipality-date", municipality.name(), date));
            pdf.heading2(translate("counter.pdf.who"));
            pdf.paragraph(translate("counter.pdf.resident", session.residentName(), session.resident().masked()));
            pdf.heading2(translate("counter.pdf.by-whom"));
            pdf.paragraph(translate("counter.pdf.employee", session.employeeName(), municipality.name(), date,
                    time(session.startedAt()), time(session.endedAt() == null ? now : session.endedAt())));
            pdf.heading2(translate("counter.pdf.done"));
            for (AuditRecord row : done) {
                pdf.paragraph(translate("counter.pdf.done-line", time(row.occurredAt()), describe(row)));
            }
            pdf.heading2(translate("counter.pdf.home"));
            pdf.paragraph(translate("counter.pdf.home-text", counter.portalAddress()));
            pdf.paragraph(translate("counter.pdf.home-audit"));
            pdf.heading2(translate("counter.pdf.consent"));
            pdf.paragraph(translate("counter.pdf.consent-text", session.employeeName(), scope(session)));
            pdf.paragraph(translate("counter.pdf.identity",
                    translate("counter.document." + session.document().name()).toLowerCase(Translations.DUTCH)));
            pdf.paragraph(translate("counter.pdf.consent-ends"));
            pdf.heading2(translate("counter.pdf.questions"));
            pdf.paragraph(translate("counter.pdf.questions-text", municipality.phone(), municipality.email()));
            return pdf.bytes();
        }
    }

    private String describe(AuditRecord row) {
        String specific = row.objectType() + "." + row.action().name();
        return KNOWN.contains(specific) ? translate("counter.pdf.action." + specific)
                : translate("counter.pdf.action." + row.action().name());
    }

    private String scope(CounterSessionSummary session) {
        return session.scope().stream().sorted()
                .map(matter -> translate("counter.matter." + matter.name()).toLowerCase(Translations.DUTCH))
                .collect(Collectors.joining(", "));
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(ZONE));
    }

    private String translate(String key, Object... parameters) {
        return translations.getTranslation(key, Translations.DUTCH, parameters);
    }
}
