package nl.wegwijs.applications;

/** A case moved to a new step of the procedure (published inside the transaction that moved it). */
public record CaseStatusChanged(CaseReference reference, CaseStatus status) {
}
