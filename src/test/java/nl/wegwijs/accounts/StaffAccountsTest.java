package nl.wegwijs.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.test.context.support.WithMockUser;

/** Administrators manage staff accounts on PostgreSQL: rules, guards against lock-out, sign-in effect, audit. */
@PostgresTest
@WithMockUser(username = "admin", roles = "ADMIN")
class StaffAccountsTest {

    @Autowired
    StaffAccounts staff;

    @Autowired
    AccountSignIn signIn;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    private final String username = "medewerker-" + UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aNewStaffAccountSignsInWithItsPasswordAndRolesAndItsCreationIsAudited() {
        AccountSummary created = staff.create(new NewStaffAccount(" " + username + " ", "Fatma Yilmaz",
                Set.of(Role.FRONT_DESK, Role.CONSULTANT), true, "lang-genoeg-wachtwoord"));

        var user = signIn.loadUserByUsername(username.toUpperCase());
        assertThat(user.getUsername()).isEqualTo(username);
        assertThat(passwordEncoder.matches("lang-genoeg-wachtwoord", user.getPassword())).isTrue();
        assertThat(user.getAuthorities()).extracting(Object::toString)
                .containsExactlyInAnyOrder("ROLE_FRONT_DESK", "ROLE_CONSULTANT");
        assertThat(staff.staff()).extracting(AccountSummary::username).contains(username);
        assertThat(auditRows("CREATED", created.id())).isEqualTo(1);
    }

    @Test
    void anAccountForTheMunicipalSignInOnlyHasNoPassword() {
        AccountSummary created = staff.create(new NewStaffAccount(username, "Piet de Vries", Set.of(Role.EDITOR),
                false, "ignored-because-no-password-sign-in"));

        assertThat(jdbc.queryForObject("SELECT password_hash FROM account WHERE id = ?", String.class,
                created.id().value())).isNull();
    }

    @Test
    void everyProblemIsReportedAtOnceAndATakenUserNameIsTakenWhateverItsCase() {
        assertThatThrownBy(() -> staff.create(new NewStaffAccount("ADMIN", " ", Set.of(), true, "kort")))
                .isInstanceOfSatisfying(StaffAccountRejected.class, rejected ->
                        assertThat(rejected.problems()).extracting(p -> p.field() + "." + p.code())
                                .containsExactly("username.taken", "displayName.required", "roles.required",
                                        "password.length"));
        assertThatThrownBy(() -> staff.create(new NewStaffAccount("a b", "Naam", Set.of(Role.RESIDENT), true, null)))
                .isInstanceOfSatisfying(StaffAccountRejected.class, rejected ->
                        assertThat(rejected.problems()).extracting(p -> p.field() + "." + p.code())
                                .containsExactly("username.format", "roles.resident", "password.required"));
    }

    @Test
    void anAdministratorCannotDropTheirOwnAdminRoleNorBlockThemselves() {
        AccountSummary me = staff.staff().stream().filter(a -> a.username().equals("admin")).findFirst().orElseThrow();

        assertThatThrownBy(() -> staff.update(me.id(), "Beheerder", Set.of(Role.EDITOR)))
                .isInstanceOfSatisfying(StaffAccountRejected.class, rejected ->
                        assertThat(rejected.problems()).extracting(StaffAccountRejected.Problem::code)
                                .containsExactly("own-admin"));
        assertThatThrownBy(() -> staff.setEnabled(me.id(), false)).isInstanceOf(StaffAccountRejected.class);
        assertThat(staff.find(me.id())).get().satisfies(account -> {
            assertThat(account.roles()).contains(Role.ADMIN);
            assertThat(account.enabled()).isTrue();
        });
    }

    @Test
    void anotherAccountCanBeRenamedReRoledBlockedAndGivenANewPasswordEachAudited() {
        AccountSummary created = staff.create(new NewStaffAccount(username, "Oude Naam", Set.of(Role.VOLUNTEER), false,
                null));

        AccountSummary changed = staff.update(created.id(), "Nieuwe Naam", Set.of(Role.CRISIS_WORKER, Role.ADMIN));
        staff.setPassword(created.id(), "nieuw-en-lang-genoeg");
        staff.setEnabled(created.id(), false);

        assertThat(changed.displayName()).isEqualTo("Nieuwe Naam");
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.CRISIS_WORKER, Role.ADMIN);
        var user = signIn.loadUserByUsername(username);
        assertThat(user.isEnabled()).isFalse();
        assertThat(passwordEncoder.matches("nieuw-en-lang-genoeg", user.getPassword())).isTrue();
        assertThat(auditRows("CHANGED", created.id())).isEqualTo(3);
        assertThat(staff.setEnabled(created.id(), true).enabled()).isTrue();
    }

    @Test
    void residentsAreNotStaffAndCannotBeChangedHere() {
        AccountSummary resident = staff.all().stream().filter(a -> a.username().equals("resident")).findFirst()
                .orElseThrow();

        assertThat(staff.staff()).extracting(AccountSummary::username).doesNotContain("resident", "carer")
                .contains("admin", "frontdesk");
        assertThatThrownBy(() -> staff.setEnabled(resident.id(), false)).isInstanceOf(StaffAccountRejected.class);
    }

    @Test
    @WithMockUser(username = "coordinator", roles = "COORDINATOR")
    void onlyAdministratorsManageAccounts() {
        assertThatThrownBy(() -> staff.create(new NewStaffAccount(username, "X", Set.of(Role.EDITOR), false, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staff.staff()).isInstanceOf(AccessDeniedException.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM account WHERE username = ?", Long.class, username))
                .isZero();
    }

    private long auditRows(String action, AccountId id) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_event WHERE object_type = 'account' AND action = ?"
                + " AND object_id = ? AND actor_name = 'Demo admin'", Long.class, action, id.value().toString());
    }
}
