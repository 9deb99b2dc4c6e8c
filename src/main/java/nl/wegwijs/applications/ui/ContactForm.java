package nl.wegwijs.applications.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import nl.wegwijs.applications.ContactMethod;
import nl.wegwijs.applications.MeldingStep;
import nl.wegwijs.applications.NotificationChannel;

/** Step 5: the address for the conversation, how and when to reach the resident, and e-mail or post for news. */
final class ContactForm extends MeldingStepForm {

    private final TextField postcode = text("postcode", "melding.contact.postcode", "melding.contact.postcode.help", 7);
    private final TextField houseNumber = text("houseNumber", "melding.contact.house-number", null, 12);
    private final TextField phone = text("phone", "melding.contact.phone", "melding.contact.phone.help", 20);
    private final TextField email = text("email", "melding.contact.email", null, 200);
    private final RadioButtonGroup<ContactMethod> contactBy = new RadioButtonGroup<>(
            getTranslation("melding.contact.by"));
    private final TextField preferredTime = text("preferredTime", "melding.contact.time", "melding.contact.time.help",
            SHORT_TEXT);
    private final RadioButtonGroup<NotificationChannel> notifyBy = new RadioButtonGroup<>(
            getTranslation("melding.contact.notify"));

    ContactForm() {
        postcode.getElement().setAttribute("autocomplete", "postal-code");
        phone.getElement().setAttribute("autocomplete", "tel");
        phone.getElement().setAttribute("inputmode", "tel");
        email.getElement().setAttribute("autocomplete", "email");
        email.getElement().setAttribute("inputmode", "email");
        contactBy.setItems(ContactMethod.values());
        contactBy.setItemLabelGenerator(method -> getTranslation("melding.contact.by." + method.name()));
        contactBy.addClassName("melding-contactby");
        notifyBy.setItems(NotificationChannel.values());
        notifyBy.setItemLabelGenerator(channel -> getTranslation("melding.contact.notify." + channel.name()));
        notifyBy.setHelperText(getTranslation("melding.contact.notify.help"));
        notifyBy.addClassName("melding-notifyby");
        problems.register("contactBy", contactBy, contactBy.getLabel());
        problems.register("notifyBy", notifyBy, notifyBy.getLabel());
        add(new Paragraph(getTranslation("melding.contact.help")), postcode, houseNumber, phone, email, contactBy,
                preferredTime, notifyBy);
    }

    @Override
    MeldingStep step() {
        return MeldingStep.CONTACT;
    }

    @Override
    void show(MeldingInput input) {
        postcode.setValue(valueOf(input.postcode));
        houseNumber.setValue(valueOf(input.houseNumber));
        phone.setValue(valueOf(input.phone));
        email.setValue(valueOf(input.email));
        contactBy.setValue(input.contactBy);
        preferredTime.setValue(valueOf(input.preferredTime));
        notifyBy.setValue(input.notifyBy);
    }

    @Override
    void collect(MeldingInput input) {
        input.postcode = MeldingInput.text(postcode.getValue());
        input.houseNumber = MeldingInput.text(houseNumber.getValue());
        input.phone = MeldingInput.text(phone.getValue());
        input.email = MeldingInput.text(email.getValue());
        input.contactBy = contactBy.getValue();
        input.preferredTime = MeldingInput.text(preferredTime.getValue());
        input.notifyBy = notifyBy.getValue();
    }
}
