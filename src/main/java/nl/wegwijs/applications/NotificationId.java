package nl.wegwijs.applications;

import java.util.UUID;

/** A notification in the outbox. */
public record NotificationId(UUID value) {
}
