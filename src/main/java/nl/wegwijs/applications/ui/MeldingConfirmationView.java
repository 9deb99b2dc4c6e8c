package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import nl.wegwijs.applications.CaseNotFound;
import nl.wegwijs.applications.CaseReference;
import nl.wegwijs.applications.MeldingConfirmation;
import nl.wegwijs.applications.MeldingConfirmations;
import nl.wegwijs.shared.WegwijsProperties;
import nl.wegwijs.shared.ui.TranslatedTitle;

/**
 * After a melding: its reference, what happens next with the statutory dates, the right to free
 * client support, and the receipt as PDF (which the front desk can hand to the walk-in).
 */
@Route(MeldingConfirmationView.PATH)
@RolesAllowed({"RESIDENT", "FRONT_DESK"})
@StyleSheet("styles/melding.css")
class MeldingConfirmationView extends Div implements TranslatedTitle, BeforeEnterObserver {

    static final String PATH = "aanvragen/bevestiging/:reference";

    private final MeldingConfirmations confirmations;
    private final WegwijsProperties.Municipality municipality;

    MeldingConfirmationView(MeldingConfirmations confirmations, WegwijsProperties properties) {
        this.confirmations = confirmations;
        this.municipality = properties.municipality();
        addClassName("page");
        addClassName("melding-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var reference = CaseReference.parse(event.getRouteParameters().get("reference").orElse(null));
        try {
            if (reference == null) {
                throw new CaseNotFound();
            }
            show(confirmations.of(reference));
        } catch (CaseNotFound notFound) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(MeldingConfirmation confirmation) {
        removeAll();
        var reference = confirmation.reference();
        Paragraph referenceLine = new Paragraph(getTranslation("melding.confirm.reference", reference.value()));
        referenceLine.addClassName("melding-reference");
        Div received = new Div(new H1(getTranslation("melding.confirm.title")),
                new Paragraph(getTranslation("melding.confirm.received", confirmation.subjectName(),
                        date(confirmation.receivedOn()))), referenceLine);
        received.addClassName("melding-received");

        UnorderedList next = new UnorderedList(
                new ListItem(getTranslation("melding.confirm.next.investigation", date(confirmation.investigationDue()))),
                new ListItem(getTranslation("melding.confirm.next.plan", date(confirmation.planDue()))),
                new ListItem(getTranslation("melding.confirm.next.decision")));
        next.addClassName("melding-next-steps");

        Section support = new Section(new H2(getTranslation("melding.confirm.support.heading")),
                new Paragraph(getTranslation("melding.confirm.support.text")),
                new Paragraph(getTranslation("melding.confirm.support.how", municipality.phone(), municipality.email())));
        support.addClassName("notice");
        support.addClassName("melding-support");

        Anchor receipt = new Anchor(DownloadHandler.fromInputStream(download -> {
            try {
                byte[] pdf = confirmations.receiptPdf(reference);
                return new DownloadResponse(new ByteArrayInputStream(pdf),
                        "bevestiging-" + reference.value() + ".pdf", "application/pdf", pdf.length);
            } catch (CaseNotFound gone) {
                return DownloadResponse.error(com.vaadin.flow.server.HttpStatusCode.NOT_FOUND);
            }
        }), getTranslation("melding.confirm.download"));
        receipt.addClassName("button-secondary");
        receipt.addClassName("melding-receipt");

        Anchor start = new Anchor("aanvragen", getTranslation("melding.confirm.back"));
        Div actions = new Div(receipt, start);
        actions.addClassName("melding-actions");
        add(received, new H2(getTranslation("melding.confirm.next.heading")), next,
                new Paragraph(getTranslation("melding.confirm.notify." + confirmation.notifyBy().name())), support,
                actions);
    }

    private String date(LocalDate day) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(getLocale()).format(day);
    }

    @Override
    public String titleKey() {
        return "melding.confirm.title";
    }
}
