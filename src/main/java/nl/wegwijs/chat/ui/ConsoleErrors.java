package nl.wegwijs.chat.ui;

import nl.wegwijs.chat.ChatException;

/** A kind sentence for every refusal of the desk, by its protocol code; never a stack trace. */
final class ConsoleErrors {

    private ConsoleErrors() {
    }

    static String key(RuntimeException e) {
        if (e instanceof ChatException chat) {
            return switch (chat.code()) {
                case ChatException.UNKNOWN_CONVERSATION -> "chat.console.error.unknown-conversation";
                case ChatException.RATE_LIMITED -> "chat.console.error.rate-limited";
                case ChatException.BAD_REQUEST -> "chat.console.error.bad-request";
                default -> "chat.console.error.other";
            };
        }
        return "chat.console.error.other";
    }
}
