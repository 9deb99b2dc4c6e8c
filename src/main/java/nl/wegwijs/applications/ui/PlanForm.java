package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Supplier;
import nl.wegwijs.applications.ApplicationsProperties;
import nl.wegwijs.applications.DocumentSummary;
import nl.wegwijs.applications.DraftId;
import nl.wegwijs.applications.MeldingDrafts;
import nl.wegwijs.applications.MeldingStep;

/** Step 7: an optional personal plan (typed here or uploaded) and other documents. */
final class PlanForm extends MeldingStepForm {

    private final TextArea plan = area("personalPlan", "melding.plan", "melding.plan.help", 20_000);
    private final MeldingUploads uploads;

    PlanForm(MeldingDrafts drafts, ApplicationsProperties properties, Supplier<DraftId> draft) {
        uploads = new MeldingUploads(drafts, properties, draft);
        add(new Paragraph(getTranslation("melding.plan.intro")), plan, uploads);
    }

    void showDocuments(List<DocumentSummary> documents) {
        uploads.show(documents);
    }

    @Override
    MeldingStep step() {
        return MeldingStep.PLAN_AND_DOCUMENTS;
    }

    @Override
    void show(MeldingInput input) {
        plan.setValue(valueOf(input.personalPlan));
    }

    @Override
    void collect(MeldingInput input) {
        input.personalPlan = MeldingInput.text(plan.getValue());
    }
}
