package nl.wegwijs.chat;

import java.util.Optional;

/**
 * A new shift was refused. Says which field is wrong and why as a translation key, and for an
 * overlap the shift it clashes with, so the form shows the message at the field and keeps the input.
 */
public class ShiftRejected extends RuntimeException {

    /** The field of the form the refusal is about. */
    public enum Field {
        RESPONDER, TIER, DATE, START, END
    }

    private final Field field;
    private final String messageKey;
    private final transient Shift clash;

    ShiftRejected(Field field, String messageKey) {
        this(field, messageKey, null);
    }

    ShiftRejected(Field field, String messageKey, Shift clash) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.clash = clash;
    }

    public Field field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Optional<Shift> clash() {
        return Optional.ofNullable(clash);
    }
}
