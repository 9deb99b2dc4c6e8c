package nl.wegwijs.applications;

import java.time.Instant;

/** A message as both sides see it. */
public record CaseMessageView(String authorName, boolean fromMunicipality, String body, Instant postedAt) {
}
