package nl.wegwijs.accounts;

import java.util.Set;

/**
 * What a front-desk employee notes before helping a walk-in: the resident's BSN and name, which
 * identity document was shown and the last four characters of its number (never the whole number
 * or a copy), that the resident consents, and which kinds of matters the employee may handle.
 * Fields hold what was typed; {@link CounterSessions#start} checks them.
 */
public record CounterStart(
        String residentBsn,
        String residentName,
        IdentityDocument document,
        String documentLast4,
        boolean consent,
        Set<Matter> scope) {
}
