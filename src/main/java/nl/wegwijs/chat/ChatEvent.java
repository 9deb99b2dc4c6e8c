package nl.wegwijs.chat;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One server event of the chat protocol ({@code docs/chat-protocol.md}): a type, the server time
 * and the type's fields. {@link #body()} is the JSON object sent to the client.
 */
public record ChatEvent(String type, Instant at, Map<String, Object> fields) {

    public ChatEvent {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** An event with fields given as name, value pairs; {@code null} values are left out. */
    public static ChatEvent of(String type, Instant at, Object... namesAndValues) {
        var fields = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                fields.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return new ChatEvent(type, at, fields);
    }

    /** The same event with one more field (or a field replaced, or removed when {@code null}). */
    public ChatEvent with(String name, Object value) {
        var copy = new LinkedHashMap<>(fields);
        if (value == null) {
            copy.remove(name);
        } else {
            copy.put(name, value);
        }
        return new ChatEvent(type, at, copy);
    }

    /** The JSON body: {@code type}, the fields, and {@code at} as ISO-8601 UTC. */
    public Map<String, Object> body() {
        var body = new LinkedHashMap<String, Object>();
        body.put("type", type);
        fields.forEach((name, value) -> body.put(name, value instanceof ChatEvent event ? event.body() : value));
        body.put("at", at.toString());
        return body;
    }

    /** A field's value, or {@code null}. */
    public Object get(String name) {
        return fields.get(name);
    }
}
