package nl.wegwijs.accounts;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts, for administrators: list, add, rename, change roles, block and unblock, set a
 * password. Every change is written to the audit log. An administrator can never lock themselves
 * out: they cannot drop their own ADMIN role or block their own account.
 */
@Service
public class StaffAccounts {

    private static final String AUDIT_OBJECT = "account";

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentPerson currentPerson;
    private final AuditLog auditLog;
    private final Clock clock;

    StaffAccounts(AccountRepository accounts, PasswordEncoder passwordEncoder, CurrentPerson currentPerson,
            AuditLog auditLog, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentPerson = currentPerson;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Every account, by user name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> all() {
        return accounts.findAll().stream()
                .map(StaffAccounts::summary)
                .sorted(Comparator.comparing(AccountSummary::username))
                .toList();
    }

    /** Staff only, by user name: residents (who sign in with DigiD) are not managed here. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> staff() {
        return all().stream().filter(account -> !account.roles().contains(Role.RESIDENT)).toList();
    }

    /** Enabled accounts with at least one of the roles, by user name: for example who may take chat shifts. */
    @PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<AccountSummary> enabledWithAnyRole(Set<Role> roles) {
        return accounts.findAll().stream()
                .filter(account -> account.enabled() && account.roles().stream().anyMatch(roles::contains))
                .map(StaffAccounts::summary)
                .sorted(Comparator.comparing(AccountSummary::username))
                .toList();
    }

    /** Enabled consultants, by user name: the colleagues a consultant can hand a case to. */
    @PreAuthorize("hasRole('CONSULTANT')")
    @Transactional(readOnly = true)
    public List<AccountSummary> consultants() {
        return accounts.findAll().stream()
                .filter(account -> account.enabled() && account.roles().contains(Role.CONSULTANT))
                .map(StaffAccounts::summary)
                .sorted(Comparator.comparing(AccountSummary::username))
                .toList();
    }

    /** Adds a staff account; {@link StaffAccountRejected} lists every problem at once. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary create(NewStaffAccount request) {
        String username = request.username() == null ? null : request.username().strip();
        var problems = new ArrayList<>(StaffAccountRules.username(username,
                username != null && accounts.findByUsernameIgnoreCase(username).isPresent()));
        problems.addAll(StaffAccountRules.nameAndRoles(request.displayName(), request.roles()));
        if (request.passwordSignIn()) {
            problems.addAll(StaffAccountRules.password(request.password()));
        }
        StaffAccountRules.throwIfAny(problems);
        String hash = request.passwordSignIn() ? passwordEncoder.encode(request.password()) : null;
        Account account = accounts.save(new Account(username, hash, request.displayName().strip(), request.roles(),
                clock.instant()));
        auditLog.record(AuditAction.CREATED, AUDIT_OBJECT, account.id().value().toString(), null,
                "roles " + sorted(request.roles()) + (request.passwordSignIn() ? ", password" : ", municipal sign-in"));
        return summary(account);
    }

    /** Changes the name and roles of a staff account. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary update(AccountId id, String displayName, Set<Role> roles) {
        Account account = staffAccount(id);
        var problems = new ArrayList<>(StaffAccountRules.nameAndRoles(displayName, roles));
        if (isMe(account) && account.roles().contains(Role.ADMIN) && (roles == null || !roles.contains(Role.ADMIN))) {
            problems.add(StaffAccountRules.problem("roles", "own-admin"));
        }
        StaffAccountRules.throwIfAny(problems);
        account.rename(displayName.strip());
        account.changeRoles(roles);
        auditLog.record(AuditAction.CHANGED, AUDIT_OBJECT, id.value().toString(), null, "name and roles " + sorted(roles));
        return summary(account);
    }

    /** Blocks ({@code false}) or unblocks an account; blocked accounts cannot sign in. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public AccountSummary setEnabled(AccountId id, boolean enabled) {
        Account account = staffAccount(id);
        if (!enabled && isMe(account)) {
            throw new StaffAccountRejected(List.of(StaffAccountRules.problem("enabled", "self")));
        }
        account.enable(enabled);
        auditLog.record(AuditAction.CHANGED, AUDIT_OBJECT, id.value().toString(), null, enabled ? "enabled" : "disabled");
        return summary(account);
    }

    /** Gives the account a new password (it then also signs in with a password). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void setPassword(AccountId id, String password) {
        Account account = staffAccount(id);
        StaffAccountRules.throwIfAny(StaffAccountRules.password(password));
        account.changePasswordHash(passwordEncoder.encode(password));
        auditLog.record(AuditAction.CHANGED, AUDIT_OBJECT, id.value().toString(), null, "password");
    }

    /** One account, when it exists. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Optional<AccountSummary> find(AccountId id) {
        return id == null ? Optional.empty() : accounts.findById(id.value()).map(StaffAccounts::summary);
    }

    private Account staffAccount(AccountId id) {
        return Optional.ofNullable(id).flatMap(known -> accounts.findById(known.value()))
                .filter(account -> !account.roles().contains(Role.RESIDENT))
                .orElseThrow(() -> new StaffAccountRejected(List.of(StaffAccountRules.problem("id", "unknown"))));
    }

    private boolean isMe(Account account) {
        return currentPerson.account().map(me -> me.id().equals(account.id())).orElse(false);
    }

    private static String sorted(Set<Role> roles) {
        return roles == null ? "[]" : roles.stream().sorted().toList().toString();
    }

    private static AccountSummary summary(Account account) {
        return new AccountSummary(account.id(), account.username(), account.displayName(), account.roles(),
                account.enabled());
    }
}
