package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.LongFunction;
import nl.wegwijs.directory.DirectoryEditing;
import nl.wegwijs.directory.EditableService;
import nl.wegwijs.directory.InvalidServiceException;
import nl.wegwijs.directory.ServiceChangedMeanwhileException;
import nl.wegwijs.directory.ServiceDraft;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** One service: the form, its status with publish/deactivate/stamp, and its history. */
@Route(EditorListView.PATH + "/:id")
@RolesAllowed({"EDITOR", "ADMIN"})
@StyleSheet("styles/directory-editor.css")
class ServiceEditView extends Div implements TranslatedTitle, BeforeEnterObserver {

    private final DirectoryEditing editing;
    private final ServiceForm form;
    private final H1 heading = new H1();
    private final StatusPanel status;
    private final Paragraph notice = new Paragraph();
    private final ConflictPanel conflict;
    private final HistoryList history = new HistoryList();
    private EditableService current;

    ServiceEditView(DirectoryEditing editing) {
        this.editing = editing;
        this.form = new ServiceForm(editing);
        addClassName("page");
        addClassName("editor-page");
        this.status = new StatusPanel(this::run);
        this.conflict = new ConflictPanel(form,
                latest -> {
                    ServiceDraft merged = form.value().rebasedOnto(current.draft(), latest.draft());
                    current = latest;
                    form.setValue(merged, latest.keepsOtherSchedules());
                    run("editor.notice.saved", null);
                },
                this::show);
        notice.addClassName("editor-notice");
        notice.getElement().setAttribute("role", "status");
        NativeButton save = new NativeButton(getTranslation("editor.edit.save"), click -> run("editor.notice.saved", null));
        save.addClassName("button-primary");
        Div actions = new Div(save, new Anchor(EditorListView.PATH, getTranslation("editor.back")));
        actions.addClassName("editor-actions");
        heading.addClassName("editor-heading");
        add(heading, status, notice, conflict, form, actions, history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("");
        var service = editing.load(id);
        if (service.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(service.get());
        if (event.getLocation().getQueryParameters().getParameters().containsKey("nieuw")) {
            notice.setText(getTranslation("editor.notice.created"));
        }
    }

    /**
     * Saves what was typed (if anything changed) and then does the action on the saved version.
     * On any problem the typed values stay in the form.
     */
    private void run(String doneKey, LongFunction<EditableService> action) {
        ServiceDraft typed = form.value();
        notice.setText("");
        try {
            EditableService saved = current;
            if (!typed.changedFields(current.draft()).isEmpty()) {
                saved = editing.save(current.id(), current.version(), typed);
            }
            current = saved;
            if (action != null) {
                current = action.apply(saved.version());
            }
            show(current);
            notice.setText(getTranslation(doneKey));
        } catch (InvalidServiceException e) {
            form.errors.show(e.problems());
        } catch (ServiceChangedMeanwhileException e) {
            var latest = editing.load(current.id());
            if (latest.isEmpty()) {
                notice.setText(getTranslation("editor.notice.gone"));
                return;
            }
            conflict.show(current.draft(), typed, latest.get(), editing.history(current.id()));
        }
    }

    private void show(EditableService service) {
        current = service;
        conflict.hide();
        heading.setText(service.draft().name());
        form.setValue(service.draft(), service.keepsOtherSchedules());
        status.show(service, editing);
        history.show(editing.history(service.id()));
    }

    @Override
    public String titleKey() {
        return "editor.edit.title";
    }
}
