package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import nl.wegwijs.chat.ChatDesk;
import nl.wegwijs.chat.ChatEvent;
import nl.wegwijs.chat.ChatOutbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The in-process transport of the desk's events: each open responder console is a connection of
 * its user. Events reach every console of the user through {@link UI#access} and server push. When
 * a user's last console closes, the desk hears it as a closed connection (the responder's grace).
 */
@Component
class ConsoleOutbox implements ChatOutbox {

    private static final Logger log = LoggerFactory.getLogger(ConsoleOutbox.class);

    private final ChatDesk desk;
    private final Map<String, Set<Console>> open = new ConcurrentHashMap<>();

    ConsoleOutbox(@Lazy ChatDesk desk) {
        this.desk = desk;
    }

    /**
     * Connects a console of the signed-in user and brings it up to date through {@code handler};
     * later events arrive there too, inside {@code ui.access}. Call in the UI's request thread.
     */
    Registration connect(Authentication user, UI ui, Consumer<ChatEvent> handler) {
        var console = new Console(ui, handler);
        open.computeIfAbsent(user.getName(), name -> ConcurrentHashMap.newKeySet()).add(console);
        // Registered first, then the state: an event in between is applied twice, which the console ignores.
        List<ChatEvent> state = desk.rejoin();
        state.forEach(handler);
        return () -> disconnect(user, console);
    }

    private void disconnect(Authentication user, Console console) {
        boolean last = open.computeIfPresent(user.getName(), (name, consoles) -> {
            consoles.remove(console);
            return consoles.isEmpty() ? null : consoles;
        }) == null;
        if (last) {
            ResponderContext.run(user, () -> desk.connectionClosed(user));
        }
    }

    @Override
    public boolean reaches(String username) {
        return open.containsKey(username);
    }

    @Override
    public void toVisitor(String connection, ChatEvent event) {
        // Visitors are never reached through a console.
    }

    @Override
    public void toResponder(String username, ChatEvent event) {
        for (Console console : open.getOrDefault(username, Set.of())) {
            try {
                console.ui.access(() -> console.handler.accept(event));
            } catch (UIDetachedException e) {
                log.debug("A console closed while a chat event of type {} was on its way", event.type());
            }
        }
    }

    private record Console(UI ui, Consumer<ChatEvent> handler) {
    }
}
