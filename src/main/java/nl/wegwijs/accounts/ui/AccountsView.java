package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import nl.wegwijs.accounts.AccountSummary;
import nl.wegwijs.accounts.StaffAccountRejected;
import nl.wegwijs.accounts.StaffAccounts;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** Administrators see the staff who can sign in, add them, change their name, roles and password, and block them. */
@Route("beheer/accounts")
@Menu(order = 90, title = "nav.accounts")
@RolesAllowed("ADMIN")
@StyleSheet("styles/admin.css")
class AccountsView extends Div implements TranslatedTitle {

    private final StaffAccounts accounts;
    private final Paragraph status = new Paragraph();
    private final NativeTable table = new NativeTable();
    private final StaffAccountForm form;

    AccountsView(StaffAccounts accounts) {
        this.accounts = accounts;
        addClassNames("page", "admin-page");
        status.addClassName("admin-status");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("tabindex", "-1");
        table.addClassName("data-table");
        table.setCaptionText(getTranslation("accounts.caption.staff"));
        Div scroller = new Div(table);
        scroller.addClassName("table-scroller");
        scroller.getElement().setAttribute("tabindex", "0");
        scroller.getElement().setAttribute("role", "region");
        scroller.getElement().setAttribute("aria-label", getTranslation("accounts.caption.staff"));
        form = new StaffAccountForm(accounts, this::announce);
        add(new PageIntro("accounts.title", "accounts.intro.staff"), status, scroller, form);
        NativeTableRow header = new NativeTableRow();
        for (String column : new String[] {"username", "name", "roles", "status", "actions"}) {
            NativeTableHeaderCell cell = header.addHeaderCell();
            cell.setText(getTranslation("accounts.column." + column));
            cell.getElement().setAttribute("scope", "col");
        }
        table.getHead().add(header);
        fill();
    }

    @Override
    public String titleKey() {
        return "accounts.title";
    }

    private void fill() {
        table.getBody().removeAll();
        for (AccountSummary account : accounts.staff()) {
            NativeTableRow row = new NativeTableRow();
            row.addDataCell().setText(account.username());
            row.addDataCell().setText(account.displayName());
            row.addDataCell().setText(account.roles().stream()
                    .map(role -> getTranslation("role." + role.name()))
                    .sorted().collect(Collectors.joining(", ")));
            row.addDataCell().setText(getTranslation(account.enabled() ? "accounts.enabled" : "accounts.disabled"));
            NativeButton edit = new NativeButton(getTranslation("accounts.action.edit"), click -> form.edit(account));
            edit.getElement().setAttribute("aria-label", getTranslation("accounts.action.edit-named", account.username()));
            String toggleKey = account.enabled() ? "accounts.action.disable" : "accounts.action.enable";
            NativeButton toggle = new NativeButton(getTranslation(toggleKey), click -> toggle(account));
            toggle.getElement().setAttribute("aria-label", getTranslation(toggleKey + "-named", account.username()));
            edit.addClassName("link-button");
            toggle.addClassName("link-button");
            Div actions = new Div(edit, toggle);
            actions.addClassName("admin-actions");
            row.addDataCell().add(actions);
            table.getBody().add(row);
        }
    }

    private void toggle(AccountSummary account) {
        try {
            AccountSummary changed = accounts.setEnabled(account.id(), !account.enabled());
            announce(getTranslation(changed.enabled() ? "accounts.enabled-now" : "accounts.disabled-now",
                    changed.username()));
        } catch (StaffAccountRejected rejected) {
            announce(getTranslation("accounts.error.disable-self"));
        }
    }

    private void announce(String message) {
        fill();
        status.setText(message);
        status.getElement().callJsFunction("focus");
    }
}
