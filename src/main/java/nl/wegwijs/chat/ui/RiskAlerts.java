package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Risk alerts, loud and unmissable: a prominent region screen readers announce at once
 * ({@code role=alert}), a short tone (if the browser allows sound), and the browser tab's title,
 * until the responder says they saw it.
 */
class RiskAlerts extends Div {

    private static final String SOUND = "try { const audio = window.wegwijsConsoleAudio"
            + " || new (window.AudioContext || window.webkitAudioContext)(); window.wegwijsConsoleAudio = audio;"
            + " audio.resume().then(() => { [0, 0.35].forEach(start => { const tone = audio.createOscillator();"
            + " const volume = audio.createGain(); tone.type = 'square'; tone.frequency.value = 880;"
            + " volume.gain.value = 0.15; tone.connect(volume); volume.connect(audio.destination);"
            + " tone.start(audio.currentTime + start); tone.stop(audio.currentTime + start + 0.25); }); })"
            + ".catch(() => { }); } catch (e) { }";

    private final Div alerts = new Div();

    RiskAlerts() {
        addClassName("console-alerts");
        // The region exists before any alert, so screen readers announce what is put in it.
        alerts.getElement().setAttribute("role", "alert");
        add(alerts);
    }

    /** Raises an alert; {@code name} is the visitor's name in the console, or null if not (yet) one of its chats. */
    void raise(String name, String alertReason) {
        // "urgent" when the visitor said so at the start; anything else is a risk signal in a message.
        String reason = "urgent".equals(alertReason) ? "urgent" : "lexicon";
        Div alert = new Div();
        alert.addClassName("console-alert");
        Paragraph title = new Paragraph(getTranslation("chat.console.alert.title"));
        title.addClassName("console-title");
        Paragraph text = new Paragraph(name == null ? getTranslation("chat.console.alert.incoming." + reason)
                : getTranslation("chat.console.alert.own." + reason, name));
        Button seen = new Button(getTranslation("chat.console.alert.seen"), event -> {
            alerts.remove(alert);
            if (alerts.getComponentCount() == 0) {
                getElement().executeJs("if (window.wegwijsConsoleTitle) { document.title = window.wegwijsConsoleTitle;"
                        + " window.wegwijsConsoleTitle = null; }");
            }
        });
        seen.addClassName("console-alert__seen");
        alert.add(title, text, seen);
        alerts.add(alert);
        getElement().executeJs(SOUND);
        getElement().executeJs("window.wegwijsConsoleTitle = window.wegwijsConsoleTitle || document.title;"
                + " document.title = $0 + ' – ' + window.wegwijsConsoleTitle;", getTranslation("chat.console.alert.tab-title"));
    }
}
