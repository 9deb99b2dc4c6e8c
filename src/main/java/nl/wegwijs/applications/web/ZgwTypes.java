package nl.wegwijs.applications.web;

import java.util.Locale;
import nl.wegwijs.applications.CaseDetail;
import nl.wegwijs.applications.CaseStatus;
import nl.wegwijs.applications.Decision;
import nl.wegwijs.applications.DecisionOutcome;
import nl.wegwijs.applications.DocumentKind;

/**
 * The catalogue names the export uses for zaaktype, statustypen, informatieobjecttypen and
 * resultaattypen. A receiving ZGW system maps them onto its own catalogue (Catalogi API).
 */
final class ZgwTypes {

    static final String ZAAKTYPE = "wmo-maatwerkvoorziening";

    private ZgwTypes() {
    }

    static String statusType(CaseStatus status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String statusDescription(CaseStatus status) {
        return switch (status) {
            case MELDING_RECEIVED -> "Melding ontvangen";
            case CONVERSATION_PLANNED -> "Gesprek gepland";
            case REPORT_READY -> "Verslag klaar";
            case AANVRAAG_RECEIVED -> "Aanvraag ontvangen";
            case DECIDED -> "Beschikking genomen";
        };
    }

    static String documentType(DocumentKind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String resultType(DecisionOutcome outcome) {
        return switch (outcome) {
            case GRANTED -> "toegekend";
            case PARTLY_GRANTED -> "deels-toegekend";
            case REFUSED -> "afgewezen";
        };
    }

    static String resultDescription(Decision decision) {
        String provision = decision.provision() == null ? "" : " " + decision.provision().name();
        String form = decision.form() == null ? "" : " (" + decision.form().name() + ")";
        return (resultType(decision.outcome()) + provision + form).strip();
    }

    static String description(CaseDetail detail) {
        return "Wmo-melding " + detail.reference().value();
    }
}
