package nl.wegwijs.applications;

/** A message was added to a case, by the municipality or by the resident's side. */
public record CaseMessagePosted(CaseReference reference, boolean fromMunicipality) {
}
