package nl.wegwijs.accounts.ui;

import nl.wegwijs.shared.ui.ErrorSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.function.Consumer;
import nl.wegwijs.accounts.AccountSummary;
import nl.wegwijs.accounts.NewStaffAccount;
import nl.wegwijs.accounts.Role;
import nl.wegwijs.accounts.StaffAccountRejected;
import nl.wegwijs.accounts.StaffAccounts;

/**
 * Adds a staff account, or changes the one chosen in the list: name, roles and (optionally) a new
 * password. A refusal shows at each field and in a summary; everything typed stays.
 */
class StaffAccountForm extends Section {

    private final StaffAccounts accounts;
    private final Consumer<String> saved;
    private final H2 heading = new H2();
    private final ErrorSummary errors = new ErrorSummary("admin.errors");
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final RadioButtonGroup<Boolean> passwordSignIn = new RadioButtonGroup<>();
    private final PasswordField password = new PasswordField();
    private final Button cancel = new Button();
    private AccountSummary editing;

    StaffAccountForm(StaffAccounts accounts, Consumer<String> saved) {
        this.accounts = accounts;
        this.saved = saved;
        addClassName("admin-form");
        heading.setId("staff-form-heading");
        getElement().setAttribute("aria-labelledby", "staff-form-heading");
        username.setLabel(getTranslation("admin.account.username"));
        username.setHelperText(getTranslation("admin.account.username-help"));
        displayName.setLabel(getTranslation("admin.account.name"));
        roles.setLabel(getTranslation("admin.account.roles"));
        roles.setItems(Arrays.stream(Role.values()).filter(role -> role != Role.RESIDENT).toList());
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        passwordSignIn.setLabel(getTranslation("admin.account.sign-in"));
        passwordSignIn.setItems(true, false);
        passwordSignIn.setItemLabelGenerator(withPassword -> getTranslation(withPassword
                ? "admin.account.sign-in.password" : "admin.account.sign-in.oidc"));
        passwordSignIn.addValueChangeListener(change -> password.setVisible(editing != null
                || Boolean.TRUE.equals(change.getValue())));
        password.setHelperText(getTranslation("admin.account.password-help"));
        errors.register("username", username, getTranslation("admin.account.username"));
        errors.register("displayName", displayName, getTranslation("admin.account.name"));
        errors.register("roles", roles, getTranslation("admin.account.roles"));
        errors.register("password", password, getTranslation("admin.account.password"));
        Button save = new Button(getTranslation("admin.account.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        cancel.setText(getTranslation("admin.account.cancel"));
        cancel.addClickListener(click -> startNew());
        add(heading, errors, username, displayName, roles, passwordSignIn, password, save, cancel);
        startNew();
    }

    /** Empties the form for a new account. */
    void startNew() {
        editing = null;
        errors.clear();
        heading.setText(getTranslation("admin.account.new"));
        username.clear();
        username.setReadOnly(false);
        displayName.clear();
        roles.clear();
        passwordSignIn.setVisible(true);
        passwordSignIn.setValue(true);
        password.clear();
        password.setVisible(true);
        password.setLabel(getTranslation("admin.account.password"));
        cancel.setVisible(false);
    }

    /** Fills the form with {@code account} to change it, and moves focus to its name. */
    void edit(AccountSummary account) {
        editing = account;
        errors.clear();
        heading.setText(getTranslation("admin.account.edit", account.username()));
        username.setValue(account.username());
        username.setReadOnly(true);
        displayName.setValue(account.displayName());
        roles.setValue(account.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(account.roles()));
        passwordSignIn.setVisible(false);
        password.clear();
        password.setVisible(true);
        password.setLabel(getTranslation("admin.account.new-password"));
        cancel.setVisible(true);
        displayName.focus();
    }

    private void save() {
        errors.clear();
        try {
            if (editing == null) {
                AccountSummary created = accounts.create(new NewStaffAccount(username.getValue(),
                        displayName.getValue(), roles.getValue(), passwordSignIn.getValue(), password.getValue()));
                saved.accept(getTranslation("admin.account.created", created.username()));
            } else {
                if (!password.isEmpty()) {
                    accounts.setPassword(editing.id(), password.getValue());
                }
                AccountSummary changed = accounts.update(editing.id(), displayName.getValue(), roles.getValue());
                saved.accept(getTranslation("admin.account.changed", changed.username()));
            }
            startNew();
        } catch (StaffAccountRejected rejected) {
            var messages = new LinkedHashMap<String, String>();
            rejected.problems().forEach(problem -> messages.putIfAbsent(problem.field(),
                    getTranslation("admin.account.error." + problem.field() + "." + problem.code())));
            errors.show(messages);
        }
    }
}
