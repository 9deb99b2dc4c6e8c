package nl.wegwijs.directory.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.wegwijs.directory.Choice;
import nl.wegwijs.directory.DirectoryEditing;
import nl.wegwijs.directory.ServiceDraft;
import nl.wegwijs.directory.Taxonomy;

/** All of a service an editor can change, in sections with a heading each; keeps whatever was typed. */
final class ServiceForm extends Div {

    private static final String EXISTING = "existing";
    private static final String NEW = "new";

    final FieldErrors errors = new FieldErrors();
    private final TextField name = text("editor.field.name", "editor.field.name-help");
    private final TextArea description = new TextArea(getTranslation("editor.field.description"));
    private final RadioButtonGroup<String> organizationMode = new RadioButtonGroup<>(getTranslation("editor.field.organization-mode"));
    private final ComboBox<Choice> organization = new ComboBox<>(getTranslation("editor.field.organization"));
    private final TextField newOrganization = text("editor.field.new-organization", null);
    private final TextField phone = text("editor.field.phone", "editor.field.phone-help");
    private final TextField email = text("editor.field.email", null);
    private final TextField website = text("editor.field.website", "editor.field.website-help");
    private final RadioButtonGroup<Boolean> free = new RadioButtonGroup<>(getTranslation("editor.field.cost"));
    private final TextField costAmount = text("editor.field.cost-amount", "editor.field.cost-amount-help");
    private final TextField costDescription = text("editor.field.cost-description", "editor.field.cost-description-help");
    private final RadioButtonGroup<Choice> access = new RadioButtonGroup<>(getTranslation("editor.field.access"));
    private final CheckboxGroup<Choice> categories = new CheckboxGroup<>(getTranslation("editor.field.categories"));
    private final CheckboxGroup<Choice> groups = new CheckboxGroup<>(getTranslation("editor.field.groups"));
    private final LocationsEditor locations = new LocationsEditor(errors);
    private final HoursEditor hours = new HoursEditor(errors);
    private final DirectoryEditing editing;

    ServiceForm(DirectoryEditing editing) {
        this.editing = editing;
        addClassName("service-form");
        name.setRequiredIndicatorVisible(true);
        description.setRequiredIndicatorVisible(true);
        description.setHelperText(getTranslation("editor.field.description-help"));
        description.setManualValidation(true);
        description.setWidthFull();
        organizationMode.setItems(EXISTING, NEW);
        organizationMode.setItemLabelGenerator(mode -> getTranslation("editor.field.organization-" + mode));
        organizationMode.addValueChangeListener(e -> showOrganizationMode());
        organization.setItems(query -> editing.organizations(query.getFilter().orElse(""), query.getOffset(),
                query.getLimit()).stream());
        organization.setItemLabelGenerator(Choice::name);
        organization.setHelperText(getTranslation("editor.field.organization-help"));
        organization.setManualValidation(true);
        phone.getElement().setAttribute("inputmode", "tel");
        email.getElement().setAttribute("inputmode", "email");
        website.getElement().setAttribute("inputmode", "url");
        free.setItems(true, false);
        free.setItemLabelGenerator(isFree -> getTranslation(isFree ? "editor.field.cost-free" : "editor.field.cost-own"));
        free.addValueChangeListener(e -> showCost());
        costAmount.setPrefixComponent(new Span("€"));
        costAmount.getElement().setAttribute("inputmode", "decimal");
        access.setItems(editing.terms(Taxonomy.ACCESS));
        categories.setItems(editing.terms(Taxonomy.CATEGORY));
        groups.setItems(editing.terms(Taxonomy.TARGET_GROUP));
        for (var choice : List.of(access, free, organizationMode)) {
            choice.setManualValidation(true);
        }
        access.setItemLabelGenerator(Choice::name);
        for (CheckboxGroup<Choice> group : List.of(categories, groups)) {
            group.setItemLabelGenerator(Choice::name);
            group.setManualValidation(true);
            group.addClassName("editor-choices");
        }
        access.setRequiredIndicatorVisible(true);
        // No required indicator on the checkbox groups: it puts aria-required on role=group, which ARIA does not allow.
        categories.setHelperText(getTranslation("editor.field.at-least-one"));
        groups.setHelperText(getTranslation("editor.field.at-least-one"));
        register();
        add(errors,
                section("editor.section.basics", name, description),
                section("editor.section.organization", organizationMode, organization, newOrganization),
                section("editor.section.contact", phone, email, website),
                section("editor.section.cost", free, costAmount, costDescription, access),
                section("editor.section.terms", categories, groups),
                section("editor.section.locations", locations),
                section("editor.section.hours", hours));
        setValue(new ServiceDraft(null, null, null, null, null, null, null, true, null, null, null, Set.of(), Set.of(),
                List.of(), List.of()), false);
    }

    void setValue(ServiceDraft d, boolean keepsOtherSchedules) {
        errors.clear();
        name.setValue(orEmpty(d.name()));
        description.setValue(orEmpty(d.description()));
        organizationMode.setValue(d.organizationId() == null && d.newOrganizationName() != null ? NEW : EXISTING);
        organization.setValue(d.organizationId() == null ? null : editing.organization(d.organizationId()).orElse(null));
        newOrganization.setValue(orEmpty(d.newOrganizationName()));
        phone.setValue(orEmpty(d.phone()));
        email.setValue(orEmpty(d.email()));
        website.setValue(orEmpty(d.website()));
        free.setValue(d.free());
        costAmount.setValue(orEmpty(d.costAmount()));
        costDescription.setValue(orEmpty(d.costDescription()));
        access.setValue(access.getListDataView().getItems().filter(c -> c.id().equals(d.accessTermId()))
                .findFirst().orElse(null));
        categories.setValue(chosen(categories, d.categoryIds()));
        groups.setValue(chosen(groups, d.groupIds()));
        locations.setValue(d.locations());
        hours.setValue(d.hours(), keepsOtherSchedules);
        showOrganizationMode();
        showCost();
    }

    ServiceDraft value() {
        boolean existing = EXISTING.equals(organizationMode.getValue());
        return new ServiceDraft(name.getValue(), description.getValue(),
                existing && organization.getValue() != null ? organization.getValue().id() : null,
                existing ? null : newOrganization.getValue(), phone.getValue(), email.getValue(), website.getValue(),
                !Boolean.FALSE.equals(free.getValue()), costAmount.getValue(), costDescription.getValue(),
                access.getValue() == null ? null : access.getValue().id(), ids(categories.getValue()),
                ids(groups.getValue()), locations.value(), hours.value());
    }

    /** How a part of a draft reads, to compare two versions side by side. */
    String describe(ServiceDraft d, String field) {
        return new DraftText(this::getTranslation, this::termName, id -> editing.organization(id).map(Choice::name)
                .orElse(id)).describe(d, field);
    }

    private String termName(String id) {
        return java.util.stream.Stream.of(access.getListDataView().getItems(), categories.getListDataView().getItems(),
                        groups.getListDataView().getItems())
                .flatMap(items -> items).filter(c -> c.id().equals(id)).map(Choice::name).findFirst().orElse(id);
    }

    private void register() {
        errors.register("name", -1, name, name.getLabel());
        errors.register("description", -1, description, description.getLabel());
        errors.register("phone", -1, phone, phone.getLabel());
        errors.register("email", -1, email, email.getLabel());
        errors.register("website", -1, website, website.getLabel());
        errors.register("costAmount", -1, costAmount, costAmount.getLabel());
        errors.register("costDescription", -1, costDescription, costDescription.getLabel());
        errors.register("access", -1, access, access.getLabel());
        errors.register("categories", -1, categories, categories.getLabel());
        errors.register("groups", -1, groups, groups.getLabel());
        errors.register("organization", -1, organization, organization.getLabel());
    }

    private void showOrganizationMode() {
        boolean existing = !NEW.equals(organizationMode.getValue());
        organization.setVisible(existing);
        newOrganization.setVisible(!existing);
        var target = existing ? organization : newOrganization;
        errors.register("organization", -1, target, target.getLabel());
    }

    private void showCost() {
        boolean own = Boolean.FALSE.equals(free.getValue());
        costAmount.setVisible(own);
        costDescription.setVisible(own);
    }

    private Component section(String headingKey, Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Div section = new Div(new H2(getTranslation(headingKey)), layout);
        section.addClassName("editor-section");
        return section;
    }

    private TextField text(String labelKey, String helpKey) {
        TextField field = new TextField(getTranslation(labelKey));
        if (helpKey != null) {
            field.setHelperText(getTranslation(helpKey));
        }
        field.setManualValidation(true);
        field.setWidthFull();
        return field;
    }

    private static Set<Choice> chosen(CheckboxGroup<Choice> group, Set<String> ids) {
        return group.getListDataView().getItems().filter(c -> ids.contains(c.id())).collect(Collectors.toSet());
    }

    private static Set<String> ids(Set<Choice> choices) {
        return choices.stream().map(Choice::id).collect(Collectors.toSet());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
