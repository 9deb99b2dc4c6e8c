package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.wegwijs.chat.ChatEvent;
import nl.wegwijs.chat.Tier;

/**
 * The responder's own conversations, one tab each: a row of toggle buttons (plain buttons with
 * {@code aria-pressed}, which every screen reader knows) and the chosen conversation under it.
 * Every panel stays in the page (hidden when not chosen), so a half-written message survives
 * switching tabs. A tab counts its unread messages.
 */
class ConversationTabs extends Section {

    private final ConsoleServices services;
    private final Tier tier;
    private final Consumer<String> announce;
    private final Consumer<ConversationPanel> ended;
    private final UnorderedList tabs = new UnorderedList();
    private final Div panels = new Div();
    private final Paragraph none = new Paragraph();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private Entry selected;
    private int visitors;

    ConversationTabs(ConsoleServices services, Tier tier, Consumer<String> announce, Consumer<ConversationPanel> ended) {
        this.services = services;
        this.tier = tier;
        this.announce = announce;
        this.ended = ended;
        addClassName("console-conversations");
        getElement().setAttribute("aria-labelledby", "console-conversations-heading");
        H2 heading = new H2(getTranslation("chat.console.conversations"));
        heading.setId("console-conversations-heading");
        none.setText(getTranslation("chat.console.no-conversations"));
        none.addClassName("console-none");
        tabs.addClassName("console-tabs");
        tabs.setVisible(false);
        add(heading, none, tabs, panels);
    }

    void assigned(ChatEvent event) {
        String id = (String) event.get("conversationId");
        var existing = entries.get(id);
        if (existing != null) {
            existing.panel.history(event);
            return;
        }
        String nickname = (String) event.get("nickname");
        String name = nickname == null || nickname.isBlank()
                ? getTranslation("chat.console.visitor", ++visitors) : nickname;
        var entry = new Entry();
        entry.panel = new ConversationPanel(event, name, tier, services, () -> remove(id));
        entry.name.setText(name);
        entry.unread.addClassName("console-unread");
        entry.tab = new NativeButton();
        entry.tab.add(entry.name, entry.marks, entry.unread);
        entry.tab.addClassName("console-tab");
        entry.tab.addClickListener(click -> show(entry));
        entries.put(id, entry);
        tabs.add(new ListItem(entry.tab));
        panels.add(entry.panel);
        tabs.setVisible(true);
        none.setVisible(false);
        show(selected == null ? entry : selected);
        if (entry.panel.hadRisk()) {
            markRisk(id);
        }
        if (Boolean.TRUE.equals(event.get("urgent"))) {
            mark(entry, "urgent");
        }
        announce.accept(getTranslation("chat.console.new-conversation", name));
    }

    void message(ChatEvent event) {
        var entry = entries.get((String) event.get("conversationId"));
        if (entry != null && entry.panel.message(event) && entry != selected) {
            entry.unreadCount++;
            entry.unread.setText(getTranslation("chat.console.unread", entry.unreadCount));
            announce.accept(getTranslation("chat.console.unread-announcement", entry.panel.visitorName,
                    entry.unreadCount));
        }
    }

    void typing(String id) {
        with(id, entry -> entry.panel.typing());
    }

    void inactivityWarning(String id, long closesInSeconds) {
        with(id, entry -> entry.panel.inactivityWarning(closesInSeconds));
    }

    void transferred(String id, String toTier, boolean joined) {
        with(id, entry -> {
            entry.panel.transferred(toTier, joined);
            if (joined) {
                ended.accept(entry.panel);
            }
        });
    }

    void ended(String id, String reason) {
        with(id, entry -> {
            if (entry.panel.isOpen()) {
                entry.panel.ended(reason);
                ended.accept(entry.panel);
            }
        });
    }

    /** Marks a conversation's tab after a risk alert; false if it is not one of the console's. */
    boolean markRisk(String id) {
        var entry = entries.get(id);
        if (entry == null) {
            return false;
        }
        entry.panel.markRisk();
        mark(entry, "risk");
        return true;
    }

    String nameOf(String id) {
        var entry = entries.get(id);
        return entry == null ? null : entry.panel.visitorName;
    }

    private void mark(Entry entry, String kind) {
        if (entry.marks.getChildren().noneMatch(child -> child.hasClassName("console-badge--" + kind))) {
            Span mark = new Span(getTranslation("chat.console." + kind));
            mark.addClassNames("console-badge", "console-badge--" + kind);
            entry.marks.add(mark);
        }
    }

    private void show(Entry chosenEntry) {
        selected = chosenEntry;
        entries.values().forEach(entry -> {
            boolean chosen = entry == chosenEntry;
            entry.panel.setVisible(chosen);
            entry.tab.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
            if (chosen && entry.unreadCount > 0) {
                entry.unreadCount = 0;
                entry.unread.setText("");
            }
        });
    }

    private void remove(String id) {
        var entry = entries.remove(id);
        if (entry == null) {
            return;
        }
        entry.tab.getParent().ifPresent(tabs::remove);
        panels.remove(entry.panel);
        boolean empty = entries.isEmpty();
        tabs.setVisible(!empty);
        none.setVisible(empty);
        if (empty) {
            selected = null;
        } else {
            var next = entries.values().iterator().next();
            show(next);
            next.tab.focus();
        }
    }

    private void with(String id, Consumer<Entry> action) {
        var entry = entries.get(id);
        if (entry != null) {
            action.accept(entry);
        }
    }

    private static final class Entry {
        final Span name = new Span();
        final Span marks = new Span();
        final Span unread = new Span();
        NativeButton tab;
        ConversationPanel panel;
        int unreadCount;
    }
}
