package nl.wegwijs.accounts;

import java.time.LocalDate;
import java.util.Set;

/**
 * A carer asks to act for someone: their BSN and name as typed, which matters, until when (null:
 * no end date), and for legal bases the evidence the municipality will check (such as the court's
 * decision number).
 */
public record ConsentRequest(String representeeBsn, String representeeName, RepresentationBasis basis,
        Set<Matter> scope, LocalDate validUntil, String evidence) {
}
