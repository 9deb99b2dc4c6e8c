package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.wegwijs.accounts.Bsn;
import nl.wegwijs.accounts.CounterSessions;
import nl.wegwijs.accounts.CurrentPerson;
import nl.wegwijs.accounts.Representations;
import nl.wegwijs.applications.ApplicationsProperties;
import nl.wegwijs.applications.CaseConflict;
import nl.wegwijs.applications.CaseNotFound;
import nl.wegwijs.applications.DraftView;
import nl.wegwijs.applications.MeldingDrafts;
import nl.wegwijs.applications.MeldingRejected;
import nl.wegwijs.applications.MeldingRules;
import nl.wegwijs.applications.MeldingStep;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/**
 * The melding wizard: one step per screen, each saved on the server before the next is shown, so
 * that coming back (another day, another device, after the session ended) continues at the same
 * step with every answer. Submitting twice gives one melding.
 */
@Route(MeldingWizardView.PATH)
@RolesAllowed({"RESIDENT", "FRONT_DESK"})
@StyleSheet("styles/melding.css")
class MeldingWizardView extends Div implements TranslatedTitle, BeforeEnterObserver {

    static final String PATH = "aanvragen/melding";

    private final MeldingDrafts drafts;
    private final ForWhomForm forWhom;
    private final Map<MeldingStep, MeldingStepForm> forms = new EnumMap<>(MeldingStep.class);
    private final PlanForm planForm;
    private final MeldingCheck check;
    private final Paragraph progress = new Paragraph();
    private final H2 stepTitle = new H2();
    private final Paragraph notice = new Paragraph();
    private final Div content = new Div();
    private final NativeButton back = new NativeButton();
    private final NativeButton next = new NativeButton();
    private DraftView draft;
    private MeldingInput input = new MeldingInput();
    private MeldingStep current = MeldingStep.FOR_WHOM;
    private boolean fromCheck;

    MeldingWizardView(MeldingDrafts drafts, ApplicationsProperties properties, CurrentPerson currentPerson,
            Representations representations, CounterSessions counterSessions, java.time.Clock clock) {
        this.drafts = drafts;
        addClassName("page");
        addClassName("melding-page");
        forWhom = new ForWhomForm(new MeldingSubjectChoices(currentPerson, representations, counterSessions, clock).available(
                name -> getTranslation("melding.for.self", name), name -> getTranslation("melding.for.other-person", name),
                name -> getTranslation("melding.for.walk-in", name)),
                currentPerson.require().hasRole(nl.wegwijs.accounts.Role.RESIDENT));
        planForm = new PlanForm(drafts, properties, () -> draft.id());
        check = new MeldingCheck(this::edit);
        for (MeldingStepForm form : List.of(forWhom, new DifficultiesForm(), new OwnSolutionsForm(), new CarerForm(),
                new ContactForm(), new UrgencyForm(), planForm, check)) {
            forms.put(form.step(), form);
        }
        progress.addClassName("melding-progress");
        stepTitle.addClassName("melding-step-title");
        stepTitle.getElement().setAttribute("tabindex", "-1");
        notice.addClassName("melding-notice");
        notice.getElement().setAttribute("role", "status");
        back.setText(getTranslation("melding.back"));
        back.addClassName("button-secondary");
        back.addClassName("melding-back");
        back.addClickListener(click -> back());
        next.addClassName("button-primary");
        next.addClassName("melding-next");
        next.addClickListener(click -> next());
        Div actions = new Div(back, next);
        actions.addClassName("melding-actions");
        add(new PageIntro("melding.title", "melding.intro"), progress, stepTitle, notice, content, actions);
        if (!forWhom.hasChoices()) {
            progress.setVisible(false);
            stepTitle.setVisible(false);
            actions.setVisible(false);
            Paragraph none = new Paragraph(getTranslation("melding.for.none") + " ");
            none.add(new Anchor("aanvragen", getTranslation("melding.for.none-link")));
            content.add(none);
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!forWhom.hasChoices()) {
            return;
        }
        Optional<String> wanted = event.getLocation().getQueryParameters().getSingleParameter("voor");
        var linked = wanted.flatMap(forWhom::byReference);
        if (linked.isPresent()) {
            forWhom.select(linked.get().subject());
            open(linked.get().subject());
            return;
        }
        var resumable = drafts.mine().stream().findFirst();
        if (resumable.isPresent()) {
            load(resumable.get());
            forWhom.select(draft.subject());
            show(draft.step());
        } else {
            show(MeldingStep.FOR_WHOM);
        }
    }

    private void open(Bsn subject) {
        try {
            load(drafts.startOrResume(subject));
            show(draft.step());
        } catch (CaseNotFound gone) {
            notice.setText(getTranslation("melding.gone"));
            show(MeldingStep.FOR_WHOM);
        }
    }

    private void load(DraftView loaded) {
        draft = loaded;
        input = MeldingInput.from(loaded.answers());
    }

    private void show(MeldingStep step) {
        current = step;
        MeldingStepForm form = forms.get(step);
        form.clearProblems();
        form.show(input);
        if (step == MeldingStep.PLAN_AND_DOCUMENTS) {
            planForm.showDocuments(draft.documents());
        }
        if (step == MeldingStep.CHECK) {
            check.show(draft.subjectName(), input, draft.documents());
        }
        progress.setText(getTranslation("melding.progress", step.number(), MeldingStep.values().length));
        stepTitle.setText(getTranslation("melding.step." + step.name()));
        back.setVisible(step != MeldingStep.FOR_WHOM);
        next.setText(getTranslation(step == MeldingStep.CHECK ? "melding.submit" : "melding.next"));
        next.setEnabled(true);
        content.removeAll();
        content.add(form);
        stepTitle.getElement().executeJs("this.focus()");
    }

    private void next() {
        notice.setText("");
        if (current == MeldingStep.FOR_WHOM) {
            forWhom.chosen().ifPresentOrElse(subject -> {
                if (draft != null && draft.subject().equals(subject)) {
                    show(MeldingStep.DIFFICULTIES);
                } else {
                    open(subject);
                }
            }, forWhom::missing);
            return;
        }
        if (current == MeldingStep.CHECK) {
            submit();
            return;
        }
        MeldingStepForm form = forms.get(current);
        form.collect(input);
        var problems = MeldingRules.check(current, input.toAnswers());
        MeldingStep wanted = fromCheck ? MeldingStep.CHECK : current.next();
        if (!save(problems.isEmpty() ? wanted : current)) {
            return;
        }
        if (!problems.isEmpty()) {
            form.showProblems(problems);
            return;
        }
        fromCheck = fromCheck && draft.step() == MeldingStep.CHECK;
        show(fromCheck || draft.step().compareTo(wanted) < 0 ? draft.step() : wanted);
    }

    private void back() {
        notice.setText("");
        MeldingStep previous = MeldingStep.values()[current.ordinal() - 1];
        if (current != MeldingStep.CHECK) {
            forms.get(current).collect(input);
            if (!save(previous)) {
                return;
            }
        }
        fromCheck = false;
        show(previous);
    }

    private void edit(MeldingStep step) {
        fromCheck = true;
        show(step);
    }

    /** Saves what was typed; false when it could not be saved (shown to the person, nothing typed lost). */
    private boolean save(MeldingStep resumeAt) {
        try {
            draft = drafts.save(draft.id(), input.toAnswers(), resumeAt, draft.version());
            return true;
        } catch (CaseConflict conflict) {
            // Another tab saved in between: take its answers, put back what was typed on this step, and let the
            // person look before saving again, so neither version is overwritten without them seeing it.
            MeldingStepForm form = forms.get(current);
            load(drafts.get(draft.id()));
            form.collect(input);
            notice.setText(getTranslation("melding.conflict"));
            return false;
        } catch (CaseNotFound gone) {
            draft = null;
            notice.setText(getTranslation("melding.gone"));
            show(MeldingStep.FOR_WHOM);
            return false;
        }
    }

    private void submit() {
        next.setEnabled(false);
        try {
            var reference = drafts.submit(draft.id());
            getUI().ifPresent(ui -> ui.navigate(MeldingConfirmationView.class,
                    new com.vaadin.flow.router.RouteParameters("reference", reference.value())));
        } catch (MeldingRejected rejected) {
            next.setEnabled(true);
            check.showProblems(rejected.problems());
        } catch (CaseNotFound gone) {
            notice.setText(getTranslation("melding.gone"));
            draft = null;
            show(MeldingStep.FOR_WHOM);
        }
    }

    @Override
    public String titleKey() {
        return "melding.title";
    }
}
