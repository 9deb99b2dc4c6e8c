package nl.wegwijs.accounts.ui;

import com.vaadin.flow.component.Component;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import nl.wegwijs.accounts.AuditChannel;
import nl.wegwijs.accounts.AuditLog;
import nl.wegwijs.accounts.AuditRecord;

/**
 * An audit log row in words, for administrators and for the resident it is about: when, who (name
 * and role), for whom and where, what. BSNs appear masked only.
 */
final class AuditWording {

    private final Component owner;
    private final Locale locale;

    AuditWording(Component owner, Locale locale) {
        this.owner = owner;
        this.locale = locale;
    }

    String when(AuditRecord row) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .format(row.occurredAt().atZone(AuditLog.ZONE));
    }

    /** "Name (role)", or the portal itself for what it did on its own. */
    String who(AuditRecord row) {
        if (row.channel() == AuditChannel.SYSTEM || row.actor() == null) {
            return t("audit.who.system");
        }
        return row.actorRole() == null ? row.actorName()
                : t("audit.who.named", row.actorName(), t("role." + row.actorRole().name()));
    }

    /** Where and for whom: at the counter for resident Y, on behalf of resident Y, or online. */
    String how(AuditRecord row) {
        String resident = row.subject() == null ? "" : row.subject().masked();
        if (row.channel() == AuditChannel.COUNTER) {
            return t("audit.how.counter", resident);
        }
        if (row.channel() == AuditChannel.SYSTEM) {
            return t("audit.how.system");
        }
        if (row.onBehalfOf() != null) {
            return t("audit.how.on-behalf", row.onBehalfOf().masked());
        }
        return t("audit.how.online");
    }

    /** The same for the resident the row is about: "you" instead of their BSN. */
    String howForResident(AuditRecord row) {
        if (row.channel() == AuditChannel.COUNTER) {
            return t("inzage.how.counter");
        }
        if (row.channel() == AuditChannel.SYSTEM) {
            return t("audit.how.system");
        }
        return t(row.onBehalfOf() != null ? "inzage.how.on-behalf" : "audit.how.online");
    }

    /** "Viewed: application", with the object kind in words where the portal knows it. */
    String what(AuditRecord row) {
        String object = t("audit.object." + row.objectType());
        if (object.startsWith("!")) {
            object = row.objectType();
        }
        return t("audit.what", t("audit.action." + row.action().name()), object);
    }

    private String t(String key, Object... parameters) {
        return owner.getTranslation(key, parameters);
    }
}
