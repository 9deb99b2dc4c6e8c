package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.wegwijs.directory.DirectoryEditing;
import nl.wegwijs.directory.EditableService;
import nl.wegwijs.directory.InvalidServiceException;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** A new service, saved as a draft: residents see it only after it is published. */
@Route(ServiceNewView.PATH)
@RolesAllowed({"EDITOR", "ADMIN"})
@StyleSheet("styles/directory-editor.css")
class ServiceNewView extends Div implements TranslatedTitle {

    static final String PATH = EditorListView.PATH + "/nieuw";

    ServiceNewView(DirectoryEditing editing) {
        addClassName("page");
        addClassName("editor-page");
        ServiceForm form = new ServiceForm(editing);
        NativeButton save = new NativeButton(getTranslation("editor.new.save"), click -> {
            try {
                EditableService created = editing.create(form.value());
                getUI().ifPresent(ui -> ui.navigate(EditorListView.PATH + "/" + created.id(),
                        com.vaadin.flow.router.QueryParameters.of("nieuw", "ja")));
            } catch (InvalidServiceException e) {
                form.errors.show(e.problems());
            }
        });
        save.addClassName("button-primary");
        Anchor back = new Anchor(EditorListView.PATH, getTranslation("editor.back"));
        Div actions = new Div(save, back);
        actions.addClassName("editor-actions");
        add(new PageIntro("editor.new.title", "editor.new.intro"), form, actions);
    }

    @Override
    public String titleKey() {
        return "editor.new.title";
    }
}
