package nl.wegwijs.applications;

import nl.wegwijs.accounts.AccountId;

/** A consultant of the same team, to whom a case can be assigned. */
public record Colleague(AccountId id, String name) {
}
