package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.wegwijs.accounts.CounterSessionSummary;
import nl.wegwijs.accounts.CounterSessions;

/** The open counter session: who is being helped, what the employee can do next, the hand-over and the end. */
final class CounterSessionPanel extends Div {

    private static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    CounterSessionPanel(CounterSessions sessions, CounterSessionSummary session,
            Consumer<CounterSessionSummary> ended) {
        addClassName("counter-session");
        Div helping = new Div(new H2(getTranslation("counter.helping", session.residentName(),
                session.resident().masked())),
                new Paragraph(getTranslation("counter.since", TIME.format(session.startedAt().atZone(ZONE)),
                        session.scope().stream().sorted().map(matter -> getTranslation("counter.matter." + matter.name())
                                .toLowerCase(getLocale())).collect(Collectors.joining(", ")))));
        helping.addClassName("counter-helping");

        UnorderedList next = new UnorderedList(
                new ListItem(new Anchor("sociale-kaart", getTranslation("counter.next.directory"))),
                new ListItem(new Anchor("zelftest", getTranslation("counter.next.selfassessment"))),
                new ListItem(new Anchor("aanvragen", getTranslation("counter.next.apply"))));

        Anchor handOver = new Anchor(DownloadHandler.fromInputStream(download -> sessions.handOverPdf()
                .map(pdf -> new DownloadResponse(new ByteArrayInputStream(pdf), "overdracht-balie.pdf",
                        "application/pdf", pdf.length))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND))), getTranslation("counter.handover"));
        handOver.addClassName("button-secondary");
        handOver.addClassName("counter-handover");

        NativeButton end = new NativeButton(getTranslation("counter.end"), click ->
                new EndCounterSessionDialog(session.residentName(), () -> {
                    var closed = sessions.end();
                    ended.accept(closed.orElse(session));
                }).open());
        end.addClassName("button-primary");
        end.addClassName("counter-end");

        Div actions = new Div(handOver, end);
        actions.addClassName("counter-actions");
        add(helping, new H2(getTranslation("counter.next")), next,
                new H2(getTranslation("counter.finish")), new Paragraph(getTranslation("counter.handover-help")),
                actions);
    }
}
