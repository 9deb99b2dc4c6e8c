package nl.wegwijs.applications;

/** How the resident wants to hear that something changed: an e-mail with a link, or a letter. */
public enum NotificationChannel {
    EMAIL,
    POST
}
