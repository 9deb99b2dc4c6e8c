package nl.wegwijs.accounts;

import java.time.Instant;

/**
 * One application, message or other matter of a represented person, as another module describes
 * it for the carer's dashboard: a title and status in the page's language, when it last changed,
 * and the portal path where it can be opened (null when it cannot be opened yet).
 */
public record MatterItem(Matter matter, String title, String status, Instant changedAt, String path) {
}
