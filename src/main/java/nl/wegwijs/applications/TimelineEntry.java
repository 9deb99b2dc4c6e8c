package nl.wegwijs.applications;

import java.time.Instant;

/** A step the case reached, and when. */
public record TimelineEntry(CaseStatus status, Instant at) {
}
