package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import nl.wegwijs.applications.CaseDetail;
import nl.wegwijs.applications.NotificationChannel;
import nl.wegwijs.shared.ui.ErrorSummary;

/** How the resident hears about news: an e-mail with only a link, or a letter. */
final class NotifySection extends Div {

    final ErrorSummary problems = new ErrorSummary("mycases.errors");
    final RadioButtonGroup<NotificationChannel> channel = new RadioButtonGroup<>();
    final EmailField email = new EmailField();
    final NativeButton save = new NativeButton();
    private boolean filled;

    NotifySection() {
        addClassName("case-notify");
        channel.setLabel(getTranslation("mycases.notify.channel"));
        channel.setItems(NotificationChannel.values());
        channel.setItemLabelGenerator(item -> getTranslation("mycases.notify.choice." + item.name()));
        email.setLabel(getTranslation("mycases.notify.email"));
        email.setHelperText(getTranslation("mycases.notify.email-help"));
        email.setMaxLength(300);
        email.setWidthFull();
        email.getElement().setAttribute("autocomplete", "email");
        save.setText(getTranslation("mycases.notify.save"));
        save.addClassName("button-primary");
        problems.register("channel", channel, channel.getLabel());
        problems.register("email", email, email.getLabel());
        channel.addValueChangeListener(change -> email.setVisible(change.getValue() == NotificationChannel.EMAIL));
        add(new H2(getTranslation("mycases.notify.heading")), new Paragraph(getTranslation("mycases.notify.intro")),
                problems, channel, email, save);
    }

    /** Fills the fields once: later refreshes keep what the resident is typing. */
    void show(CaseDetail detail) {
        if (filled) {
            return;
        }
        filled = true;
        channel.setValue(detail.notifyBy());
        email.setValue(detail.contactEmail() == null ? "" : detail.contactEmail());
        email.setVisible(detail.notifyBy() == NotificationChannel.EMAIL);
    }
}
