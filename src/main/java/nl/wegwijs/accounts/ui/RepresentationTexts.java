package nl.wegwijs.accounts.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.accounts.Matter;
import nl.wegwijs.accounts.RepresentationBasis;
import nl.wegwijs.accounts.RepresentationStatus;
import nl.wegwijs.accounts.RepresentationSummary;

/** How a representation reads on the pages: basis, scope, end date and status in the page's language. */
final class RepresentationTexts {

    static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");

    /** What a person sees of a representation's state: waiting, working now, or no longer working. */
    enum Standing { WAITING, ACTIVE, STOPPED }

    private RepresentationTexts() {
    }

    static String basis(Locale locale, RepresentationBasis basis) {
        return I18NProvider.translate(locale, "rep.basis." + basis.name());
    }

    /** The matters in a fixed order, such as "aanvragen, berichten". */
    static String scope(Locale locale, Set<Matter> scope) {
        return Arrays.stream(Matter.values()).filter(scope::contains)
                .map(matter -> I18NProvider.translate(locale, "rep.matter." + matter.name()))
                .collect(Collectors.joining(", "));
    }

    /** "tot en met 1 mei 2027" or "zonder einddatum". */
    static String until(Locale locale, RepresentationSummary representation) {
        return representation.lastDay().map(day -> I18NProvider.translate(locale, "rep.until.date", date(locale, day)))
                .orElseGet(() -> I18NProvider.translate(locale, "rep.until.none"));
    }

    static String date(Locale locale, LocalDate day) {
        return DateTimeFormatter.ofPattern(I18NProvider.translate(locale, "rep.date.pattern"), formatLocale(locale))
                .format(day);
    }

    static String date(Locale locale, Instant moment) {
        return date(locale, moment.atZone(ZONE).toLocalDate());
    }

    static Locale formatLocale(Locale pageLocale) {
        return "en".equals(pageLocale.getLanguage()) ? Locale.of("en", "GB") : Locale.of("nl", "NL");
    }

    static Standing standing(RepresentationSummary representation, Instant now) {
        if (representation.status() == RepresentationStatus.REQUESTED) {
            return Standing.WAITING;
        }
        return representation.validAt(now) ? Standing.ACTIVE : Standing.STOPPED;
    }

    /** The status in words, with the reason it is waiting or stopped. */
    static String status(Locale locale, RepresentationSummary representation, Instant now) {
        String key = switch (representation.status()) {
            case REQUESTED -> representation.basis().needsEvidence() ? "waiting-check" : "waiting-consent";
            case ACTIVE -> representation.validAt(now) ? "active" : "expired";
            case DECLINED -> "declined";
            case REVOKED -> "revoked";
            case ENDED -> "ended";
        };
        return I18NProvider.translate(locale, "rep.status." + key);
    }
}
