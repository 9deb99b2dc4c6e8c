package nl.wegwijs.chat.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The texts of the chat component, from the translation bundles ({@code chat.client.<key>}) as
 * the JSON its {@code texts} attribute takes. The keys are those of the component's Dutch
 * fallbacks in {@code frontend/chat/chat-texts.js} (ChatClientTextsTest keeps them equal).
 */
final class ChatClientTexts {

    static final String PREFIX = "chat.client.";

    static final List<String> KEYS = List.of(
            "exit", "exit-hint", "urgent-heading", "urgent-intro", "line-112", "line-113", "line-listening",
            "acute-question", "acute-hint", "yes", "no",
            "nickname-label", "nickname-hint", "nickname-too-long", "topic-label", "topic-hint", "topic-too-long",
            "start", "connecting", "offline", "online-again", "queued-next", "queued", "assigned", "transferred",
            "inactivity", "waiting-heading", "waiting-intro", "breathing-heading",
            "breathing-1", "breathing-2", "breathing-3", "breathing-4", "breathing-5",
            "conversation-heading", "you", "system", "responder", "pending", "failed", "typing",
            "message-label", "message-hint", "message-empty", "message-too-long", "send", "end",
            "rate-limited", "error", "ended-heading", "ended-visitor-ended", "ended-responder-ended",
            "ended-inactive", "ended-gone", "unavailable-heading", "unavailable-nobody-on-duty",
            "unavailable-queue-full", "unavailable-blocked", "closing-lines", "restart");

    private ChatClientTexts() {
    }

    /** All texts in the given language, as a JSON object from key to text (placeholders kept). */
    static String json(Locale locale) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String key : KEYS) {
            texts.put(key, I18NProvider.translate(locale, PREFIX + key));
        }
        return JsonMapper.shared().writeValueAsString(texts);
    }
}
