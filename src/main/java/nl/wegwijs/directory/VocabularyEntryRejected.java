package nl.wegwijs.directory;

import java.util.List;

/**
 * An editor's vocabulary entry was refused. Says which field is wrong and why, as a translation
 * key with its arguments, so the form can show the message at the field and keep the input.
 */
public class VocabularyEntryRejected extends RuntimeException {

    /** The field of the form the refusal is about. */
    public enum Field {
        WORD, MEANING
    }

    private final Field field;
    private final String messageKey;
    private final transient List<Object> arguments;

    VocabularyEntryRejected(Field field, String messageKey, Object... arguments) {
        super(messageKey + " " + List.of(arguments));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public Field field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
