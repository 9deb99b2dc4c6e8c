package nl.wegwijs.chat;

import java.util.Locale;

/**
 * A visitor's request to start a conversation, as in {@code /app/chat.start}.
 *
 * @param nickname optional, at most 40 characters
 * @param topic optional, at most 80 characters
 * @param urgent the visitor said it is urgent: crisis tier first, 112/113 panel at once
 * @param language Dutch or English, for the texts the server writes into the conversation
 * @param deviceToken the browser's random device token, only compared with blocks, never stored
 */
public record ChatStart(String nickname, String topic, boolean urgent, Locale language, String deviceToken) {

    static final int MAX_NICKNAME = 40;
    static final int MAX_TOPIC = 80;

    public ChatStart {
        nickname = blankToNull(nickname);
        topic = blankToNull(topic);
        if (nickname != null && nickname.length() > MAX_NICKNAME) {
            throw ChatException.badRequest("nickname is longer than " + MAX_NICKNAME + " characters.");
        }
        if (topic != null && topic.length() > MAX_TOPIC) {
            throw ChatException.badRequest("topic is longer than " + MAX_TOPIC + " characters.");
        }
        language = language == null ? Locale.of("nl") : language;
        if (!language.getLanguage().equals("nl") && !language.getLanguage().equals("en")) {
            throw ChatException.badRequest("language must be \"nl\" or \"en\".");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
