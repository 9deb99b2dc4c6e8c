package nl.wegwijs.accounts;

import java.util.Optional;
import java.util.Set;

/** Who is signed in: staff have no BSN; residents who signed in with DigiD do. */
public record SignedInPerson(AccountId id, String displayName, Optional<Bsn> bsn, Set<Role> roles) {

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
