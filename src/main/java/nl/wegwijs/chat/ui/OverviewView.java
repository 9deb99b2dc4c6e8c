package nl.wegwijs.chat.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import nl.wegwijs.chat.ChatBlocks;
import nl.wegwijs.chat.ChatException;
import nl.wegwijs.chat.ChatSupervision;
import nl.wegwijs.chat.DeviceBlock;
import nl.wegwijs.chat.LiveConversation;
import nl.wegwijs.chat.LiveOverview;
import nl.wegwijs.shared.ui.PageIntro;
import nl.wegwijs.shared.ui.TranslatedTitle;

/**
 * Coordinators watch the listening ear live: the queue, who is on duty, every conversation (read
 * along silently, block a device), the device blocks in force and the read-along log. The page
 * asks the server every few seconds; that can be switched off (WCAG 2.2.2).
 */
@Route("luisterend-oor/overzicht")
@Menu(order = 69, title = "nav.chat-overview")
@RolesAllowed("COORDINATOR")
@StyleSheet("styles/chat-coordinator.css")
class OverviewView extends Div implements TranslatedTitle {

    static final int REFRESH_MILLIS = 3000;

    private final ChatSupervision supervision;
    private final Paragraph status = new Paragraph();
    private final Checkbox autoRefresh = new Checkbox();
    private final QueueNow queue = new QueueNow();
    private final LiveConversations conversations;
    private final ActiveBlocks blocks;
    private final ReadAlongLogTable log = new ReadAlongLogTable();
    private ReadAlongDialog readingAlong;
    private Registration polling;

    OverviewView(ChatSupervision supervision) {
        this.supervision = supervision;
        addClassNames("page", "chat-coordinator");
        status.addClassName("chat-coordinator__status");
        status.getElement().setAttribute("role", "status");
        // Focus moves here after an action, so keyboard and screen reader users hear the outcome.
        status.getElement().setAttribute("tabindex", "-1");
        autoRefresh.setLabel(getTranslation("chat.overview.auto-refresh", REFRESH_MILLIS / 1000));
        autoRefresh.setValue(true);
        autoRefresh.addValueChangeListener(change -> updatePolling());
        Button now = new Button(getTranslation("chat.overview.refresh"), click -> refresh());
        Div controls = new Div(autoRefresh, now);
        controls.addClassName("overview-controls");
        conversations = new LiveConversations(this::readAlong, this::confirmBlock);
        blocks = new ActiveBlocks(this::lift);
        add(new PageIntro("chat.overview.title", "chat.overview.intro"), status, controls, queue, conversations,
                blocks, log);
        refresh();
    }

    @Override
    public String titleKey() {
        return "chat.overview.title";
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        polling = attach.getUI().addPollListener(poll -> {
            if (autoRefresh.getValue()) {
                refresh();
            }
            if (readingAlong != null) {
                readingAlong.follow();
            }
        });
        updatePolling();
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        polling.remove();
        detach.getUI().setPollInterval(-1);
    }

    private void updatePolling() {
        getUI().ifPresent(ui -> ui.setPollInterval(autoRefresh.getValue() || readingAlong != null ? REFRESH_MILLIS : -1));
    }

    private void refresh() {
        LiveOverview overview = supervision.overview();
        queue.show(overview);
        conversations.show(overview.conversations(), overview.at());
        blocks.show(supervision.activeBlocks());
        log.show(supervision.readAlongLog());
    }

    private void readAlong(LiveConversation conversation) {
        try {
            readingAlong = new ReadAlongDialog(supervision, conversation, supervision.readAlong(conversation.id()));
        } catch (ChatException ended) {
            announce(getTranslation("chat.overview.read-along.gone", conversation.shortId()));
            refresh();
            return;
        }
        var dialog = readingAlong;
        dialog.addOpenedChangeListener(change -> {
            if (!change.isOpened() && readingAlong == dialog) {
                readingAlong = null;
                updatePolling();
            }
        });
        dialog.open();
        updatePolling();
        log.show(supervision.readAlongLog());
    }

    private void confirmBlock(LiveConversation conversation) {
        new BlockDeviceDialog(conversation, length -> block(conversation, length)).open();
    }

    private void block(LiveConversation conversation, ChatBlocks.Length length) {
        try {
            var until = supervision.blockDevice(conversation.id(), length);
            announce(getTranslation("chat.overview.block.done", conversation.shortId(), OverviewTexts.moment(this, until)));
        } catch (ChatException refused) {
            announce(getTranslation("chat.overview.block.failed", conversation.shortId()));
        }
        refresh();
    }

    private void lift(DeviceBlock block) {
        boolean lifted = supervision.liftBlock(block.tokenHash());
        announce(getTranslation(lifted ? "chat.overview.blocks.lifted" : "chat.overview.blocks.already-ended",
                block.reference()));
        refresh();
    }

    private void announce(String message) {
        status.setText(message);
        status.getElement().callJsFunction("focus");
    }
}
