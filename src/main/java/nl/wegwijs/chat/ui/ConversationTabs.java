package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import nl.wegwijs.chat.ChatEvent;
import nl.wegwijs.chat.Tier;

/**
 * The responder's own conversations, one tab each. Every panel stays in the page (hidden when not
 * chosen), so a half-written message survives switching tabs. A tab counts its unread messages.
 */
class ConversationTabs extends Section {

    private final ConsoleServices services;
    private final Tier tier;
    private final Consumer<String> announce;
    private final Consumer<ConversationPanel> ended;
    private final Tabs tabs = new Tabs();
    private final Div panels = new Div();
    private final Paragraph none = new Paragraph();
    private final Map<String, Entry> entries = new LinkedHashMap<>();
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
        tabs.getElement().setAttribute("aria-label", getTranslation("chat.console.conversations"));
        tabs.addSelectedChangeListener(event -> show(event.getSelectedTab()));
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
        entry.tab = new Tab(entry.name, entry.marks, entry.unread);
        entry.tab.setId("console-tab-" + id);
        entry.panel.getElement().setAttribute("aria-labelledby", entry.tab.getId().orElseThrow());
        entries.put(id, entry);
        tabs.add(entry.tab);
        panels.add(entry.panel);
        tabs.setVisible(true);
        none.setVisible(false);
        if (entries.size() == 1) {
            tabs.setSelectedTab(entry.tab);
        }
        show(tabs.getSelectedTab());
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
        if (entry != null && entry.panel.message(event) && entry.tab != tabs.getSelectedTab()) {
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

    private void show(Tab selected) {
        entries.values().forEach(entry -> {
            boolean chosen = entry.tab == selected;
            entry.panel.setVisible(chosen);
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
        tabs.remove(entry.tab);
        panels.remove(entry.panel);
        boolean empty = entries.isEmpty();
        tabs.setVisible(!empty);
        none.setVisible(empty);
        if (!empty) {
            tabs.setSelectedTab(entries.values().iterator().next().tab);
            show(tabs.getSelectedTab());
            tabs.getSelectedTab().getElement().callJsFunction("focus");
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
        Tab tab;
        ConversationPanel panel;
        int unreadCount;
    }
}
