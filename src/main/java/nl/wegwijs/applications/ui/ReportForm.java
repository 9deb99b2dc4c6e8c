package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.textfield.TextArea;
import nl.wegwijs.applications.CaseDetail;
import nl.wegwijs.applications.Casework;

/** The written report of the conversation, which the resident then reads in the portal. */
class ReportForm extends CaseForm {

    private final TextArea report = new TextArea(getTranslation("casework.report.text"));

    ReportForm(Casework casework, CaseDetail detail, CaseSteps steps) {
        super("casework.report.heading", steps);
        addClassName("report-form");
        report.setHelperText(getTranslation("casework.report.helper"));
        report.setValue(detail.report() == null ? "" : detail.report());
        report.setMinRows(6);
        errors.register("report", report, getTranslation("casework.report.text"));
        add(report, saveButton("casework.report.save", () -> {
            if (report.getValue().isBlank()) {
                problem("report", "casework.error.report-empty");
            }
            if (problemsShown()) {
                return;
            }
            submit(version -> casework.writeReport(detail.reference(), report.getValue(), version),
                    reason -> reason.startsWith("report-") ? "report" : null);
        }));
    }
}
