package nl.wegwijs.accounts;

import java.util.Set;

/**
 * What an administrator types to add a staff member. With {@code passwordSignIn} false the account
 * signs in only through the municipality's own sign-in (OpenID Connect) and {@code password} is ignored.
 */
public record NewStaffAccount(String username, String displayName, Set<Role> roles, boolean passwordSignIn,
        String password) {
}
