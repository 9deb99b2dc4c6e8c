package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import nl.wegwijs.accounts.AccountSummary;
import nl.wegwijs.accounts.StaffAccounts;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/** Administrators see who can sign in, and with which roles. */
@Route("beheer/accounts")
@Menu(order = 90, title = "nav.accounts")
@RolesAllowed("ADMIN")
class AccountsView extends Div implements TranslatedTitle {

    AccountsView(StaffAccounts accounts) {
        addClassName("page");
        NativeTable table = new NativeTable();
        table.addClassName("data-table");
        table.setCaptionText(getTranslation("accounts.caption"));
        NativeTableRow header = new NativeTableRow();
        for (String column : new String[] {"username", "name", "roles", "status"}) {
            NativeTableHeaderCell cell = header.addHeaderCell();
            cell.setText(getTranslation("accounts.column." + column));
            cell.getElement().setAttribute("scope", "col");
        }
        table.getHead().add(header);
        NativeTableBody body = table.getBody();
        for (AccountSummary account : accounts.all()) {
            NativeTableRow row = new NativeTableRow();
            row.addDataCell().setText(account.username());
            row.addDataCell().setText(account.displayName());
            row.addDataCell().setText(account.roles().stream()
                    .map(role -> getTranslation("role." + role.name()))
                    .sorted().collect(Collectors.joining(", ")));
            row.addDataCell().setText(getTranslation(account.enabled() ? "accounts.enabled" : "accounts.disabled"));
            body.add(row);
        }
        add(new PageIntro("accounts.title", "accounts.intro"), table);
    }

    @Override
    public String titleKey() {
        return "accounts.title";
    }
}
