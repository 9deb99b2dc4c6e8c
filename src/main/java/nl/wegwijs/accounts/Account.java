package nl.wegwijs.accounts;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@Entity
@Table(name = "account")
class Account {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    private boolean enabled;

    /** Residents who signed in with DigiD (through the OpenID Connect broker); null for staff. */
    private String bsn;

    @Column(name = "oidc_issuer")
    private String oidcIssuer;

    @Column(name = "oidc_subject")
    private String oidcSubject;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {
    }

    Account(String username, String passwordHash, String displayName, Set<Role> roles, Instant createdAt) {
        this.id = AccountId.random().value();
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.roles = EnumSet.copyOf(roles);
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** An account that signs in through OpenID Connect only: no password. */
    static Account external(String username, String displayName, Set<Role> roles, String issuer, String subject,
            Bsn bsn, Instant createdAt) {
        var account = new Account(username, null, displayName, roles, createdAt);
        account.oidcIssuer = issuer;
        account.oidcSubject = subject;
        account.bsn = bsn == null ? null : bsn.value();
        return account;
    }

    AccountId id() {
        return new AccountId(id);
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    boolean enabled() {
        return enabled;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    Optional<Bsn> bsn() {
        return Optional.ofNullable(bsn).map(Bsn::new);
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void changeRoles(Set<Role> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void enable(boolean on) {
        this.enabled = on;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    SignedInPerson signedIn() {
        return new SignedInPerson(id(), displayName, bsn(), roles());
    }
}
