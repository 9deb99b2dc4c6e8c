package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import nl.wegwijs.applications.CaseDetail;
import nl.wegwijs.applications.CaseStatus;
import nl.wegwijs.applications.ReportResponse;
import nl.wegwijs.shared.ui.ErrorSummary;

/**
 * The report of the conversation, and while the case waits for it, the resident's answer: it is
 * right ("Klopt"), or they want to add something (with a comment). What was typed stays on an error.
 */
final class ReportSection extends Div {

    final ErrorSummary problems = new ErrorSummary("mycases.errors");
    final RadioButtonGroup<ReportResponse> response = new RadioButtonGroup<>();
    final TextArea comment = new TextArea();
    final NativeButton send = new NativeButton();
    private final Div shown = new Div();
    private final Div form = new Div();

    ReportSection() {
        addClassName("case-report");
        response.setLabel(getTranslation("mycases.report.response"));
        response.setItems(ReportResponse.values());
        response.setItemLabelGenerator(item -> getTranslation("mycases.report.choice." + item.name()));
        comment.setLabel(getTranslation("mycases.report.comment"));
        comment.setHelperText(getTranslation("mycases.report.comment-help"));
        comment.setMaxLength(4000);
        comment.setWidthFull();
        send.setText(getTranslation("mycases.report.send"));
        send.addClassName("button-primary");
        problems.register("response", response, response.getLabel());
        problems.register("comment", comment, comment.getLabel());
        response.addValueChangeListener(change -> comment.setVisible(change.getValue() == ReportResponse.COMMENTED));
        comment.setVisible(false);
        form.add(problems, response, comment, send);
        add(new H2(getTranslation("mycases.report.heading")), shown, form);
    }

    void show(CaseDetail detail) {
        shown.removeAll();
        setVisible(detail.report() != null);
        if (detail.report() == null) {
            return;
        }
        Paragraph written = new Paragraph(getTranslation("mycases.report.written", CaseTexts.date(detail.reportAt(), getLocale())));
        Paragraph report = new Paragraph(detail.report());
        report.addClassName("case-text");
        shown.add(written, report);
        if (detail.reportResponse() == ReportResponse.CONFIRMED) {
            shown.add(new Paragraph(getTranslation("mycases.report.confirmed")));
        } else if (detail.reportResponse() == ReportResponse.COMMENTED) {
            Paragraph yours = new Paragraph(detail.reportComment());
            yours.addClassName("case-text");
            shown.add(new Paragraph(getTranslation("mycases.report.commented")), yours);
        }
        form.setVisible(detail.status() == CaseStatus.REPORT_READY);
    }
}
