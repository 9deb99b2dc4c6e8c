package nl.wegwijs.accounts;

import java.util.Set;

/** What an administrator sees of an account: never its password. */
public record AccountSummary(AccountId id, String username, String displayName, Set<Role> roles, boolean enabled) {
}
