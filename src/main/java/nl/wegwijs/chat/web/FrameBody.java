package nl.wegwijs.chat.web;

import nl.wegwijs.chat.ChatException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A client frame's JSON object, read strictly: a wrong type is a {@code bad-request}, unknown fields are ignored. */
final class FrameBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JsonNode node;

    private FrameBody(JsonNode node) {
        this.node = node;
    }

    static FrameBody parse(byte[] body) {
        try {
            JsonNode node = JSON.readTree(body == null ? new byte[0] : body);
            if (node == null || !node.isObject()) {
                throw new ChatException(ChatException.BAD_REQUEST, "The body must be a JSON object.");
            }
            return new FrameBody(node);
        } catch (JacksonException e) {
            throw new ChatException(ChatException.BAD_REQUEST, "The body is not valid JSON.");
        }
    }

    /** A string field, or {@code null} when absent or JSON null. */
    String text(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new ChatException(ChatException.BAD_REQUEST, name + " must be a string.", clientMessageId());
        }
        return value.stringValue();
    }

    String requiredText(String name) {
        String value = text(name);
        if (value == null) {
            throw new ChatException(ChatException.BAD_REQUEST, name + " is missing.", clientMessageId());
        }
        return value;
    }

    Boolean bool(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isBoolean()) {
            throw new ChatException(ChatException.BAD_REQUEST, name + " must be true or false.");
        }
        return value.booleanValue();
    }

    Long number(String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new ChatException(ChatException.BAD_REQUEST, name + " must be a whole number.");
        }
        return value.longValue();
    }

    /** The clientMessageId if it is a string, for echoing it in an error. */
    String clientMessageId() {
        JsonNode value = node.get("clientMessageId");
        return value != null && value.isString() ? value.stringValue() : null;
    }
}
