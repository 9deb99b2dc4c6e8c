package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.BiConsumer;
import java.util.function.LongFunction;
import nl.wegwijs.directory.DirectoryEditing;
import nl.wegwijs.directory.EditableService;

/** The service's status and last check, with the buttons that change them. */
final class StatusPanel extends Div {

    private final BiConsumer<String, LongFunction<EditableService>> run;

    StatusPanel(BiConsumer<String, LongFunction<EditableService>> run) {
        this.run = run;
        addClassName("editor-status");
    }

    void show(EditableService service, DirectoryEditing editing) {
        removeAll();
        String checked = service.assuredDate() == null ? getTranslation("editor.list.never")
                : Dates.day(service.assuredDate(), getLocale());
        add(new Paragraph(getTranslation("editor.status.line",
                getTranslation("editor.status." + service.status().replace(' ', '-')), checked)));
        Div buttons = new Div();
        buttons.addClassName("editor-actions");
        String id = service.id();
        if (service.isDraft()) {
            buttons.add(button("editor.action.publish", "editor.notice.published", true,
                    version -> editing.publish(id, version)));
        }
        if (!service.isActive() && !service.isDraft()) {
            buttons.add(button("editor.action.reactivate", "editor.notice.reactivated", true,
                    version -> editing.reactivate(id, version)));
        }
        buttons.add(button("editor.action.checked", "editor.notice.checked", false,
                version -> editing.markChecked(id, version)));
        if (service.isActive() || service.isDraft()) {
            buttons.add(button("editor.action.deactivate", "editor.notice.deactivated", false,
                    version -> editing.deactivate(id, version)));
        }
        add(buttons);
    }

    private NativeButton button(String labelKey, String doneKey, boolean primary, LongFunction<EditableService> action) {
        NativeButton button = new NativeButton(getTranslation(labelKey), click -> run.accept(doneKey, action));
        button.addClassName(primary ? "button-primary" : "button-secondary");
        return button;
    }
}
