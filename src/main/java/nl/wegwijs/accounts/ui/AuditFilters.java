package nl.wegwijs.accounts.ui;

import nl.wegwijs.shared.ui.ErrorSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import nl.wegwijs.accounts.AuditAction;
import nl.wegwijs.accounts.AuditQuery;
import nl.wegwijs.accounts.Bsn;

/** The search form of the audit log: BSN (checked with the eleven-check), actor name, action and dates. */
class AuditFilters extends Section {

    private final Consumer<AuditQuery> search;
    private final ErrorSummary errors = new ErrorSummary("admin.errors");
    private final TextField bsn = new TextField();
    private final TextField actor = new TextField();
    private final Select<AuditAction> action = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();

    AuditFilters(Consumer<AuditQuery> search) {
        this.search = search;
        addClassName("admin-filters");
        H2 heading = new H2(getTranslation("auditlog.filters"));
        heading.setId("audit-filters-heading");
        getElement().setAttribute("aria-labelledby", "audit-filters-heading");
        bsn.setLabel(getTranslation("auditlog.filter.bsn"));
        bsn.setHelperText(getTranslation("auditlog.filter.bsn-help"));
        bsn.getElement().setAttribute("autocomplete", "off");
        actor.setLabel(getTranslation("auditlog.filter.actor"));
        action.setLabel(getTranslation("auditlog.filter.action"));
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption(getTranslation("auditlog.filter.any-action"));
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(value -> value == null ? getTranslation("auditlog.filter.any-action")
                : getTranslation("audit.action." + value.name()));
        Locale dates = "en".equals(getLocale().getLanguage()) ? Locale.of("en", "GB") : Locale.of("nl", "NL");
        from.setLabel(getTranslation("auditlog.filter.from"));
        to.setLabel(getTranslation("auditlog.filter.to"));
        from.setLocale(dates);
        to.setLocale(dates);
        errors.register("bsn", bsn, getTranslation("auditlog.filter.bsn"));
        errors.register("to", to, getTranslation("auditlog.filter.to"));
        Button submit = new Button(getTranslation("auditlog.search"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div period = new Div(from, to);
        period.addClassName("admin-filters__dates");
        add(heading, errors, bsn, actor, action, period, submit);
    }

    private void submit() {
        errors.clear();
        var problems = new LinkedHashMap<String, String>();
        Optional<Bsn> subject = Bsn.parse(bsn.getValue());
        if (!bsn.isEmpty() && subject.isEmpty()) {
            problems.put("bsn", getTranslation("auditlog.error.bsn"));
        }
        if (!from.isEmpty() && !to.isEmpty() && to.getValue().isBefore(from.getValue())) {
            problems.put("to", getTranslation("auditlog.error.to-before-from"));
        }
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        search.accept(new AuditQuery(subject.orElse(null), actor.getValue().isBlank() ? null : actor.getValue(),
                action.getValue(), from.getValue(), to.getValue(), 0));
    }
}
