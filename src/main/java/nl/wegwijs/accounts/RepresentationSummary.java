package nl.wegwijs.accounts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/** A representation as the people involved see it. {@code validUntil} is null when it has no end date. */
public record RepresentationSummary(
        RepresentationId id,
        Bsn representee,
        String representeeName,
        AccountId actor,
        String actorName,
        RepresentationBasis basis,
        Set<Matter> scope,
        RepresentationStatus status,
        Instant validFrom,
        Instant validUntil,
        Instant requestedAt,
        String evidence) {

    /** Whether it lets the actor act at {@code moment}. */
    public boolean validAt(Instant moment) {
        return validAt(status, validFrom, validUntil, moment);
    }

    /** The one rule, also used by the entity without building a summary. */
    static boolean validAt(RepresentationStatus status, Instant validFrom, Instant validUntil, Instant moment) {
        return status == RepresentationStatus.ACTIVE && !moment.isBefore(validFrom)
                && (validUntil == null || moment.isBefore(validUntil));
    }

    /** The last day it holds, in the Netherlands (a representation "until 1 May" ends as 2 May begins); empty without an end. */
    public Optional<LocalDate> lastDay() {
        return Optional.ofNullable(validUntil)
                .map(until -> until.minusNanos(1).atZone(Representations.ZONE).toLocalDate());
    }
}
