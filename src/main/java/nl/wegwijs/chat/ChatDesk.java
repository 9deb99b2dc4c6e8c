package nl.wegwijs.chat;

import java.security.Principal;
import java.util.List;
import java.util.Set;
import nl.wegwijs.chat.Conversation.State;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The chat's engine, as the protocol ({@code docs/chat-protocol.md}) describes it: visitors start,
 * write, resume and end; responders go on duty, answer, transfer and end. Events go out through
 * the {@link ChatOutbox}es; refusals are {@link ChatException}s with the protocol's error codes.
 * Visitors are named by their connection, responders by the signed-in staff account.
 */
@Service
public class ChatDesk {

    /** The longest message text, from visitor or responder. */
    public static final int MAX_TEXT = 2000;
    static final int MAX_CLIENT_MESSAGE_ID = 64;
    static final Set<String> OUTCOMES = Set.of("listened", "referred", "crisis", "no-contact", "abuse", "other");
    private static final String STAFF = "hasAnyRole('VOLUNTEER', 'CRISIS_WORKER', 'COORDINATOR')";

    private static final Logger log = LoggerFactory.getLogger(ChatDesk.class);

    private final Switchboard board;
    private final RiskSignals risk;

    ChatDesk(Switchboard board, RiskSignals risk) {
        this.board = board;
        this.risk = risk;
    }

    /** Starts a conversation for this visitor connection: {@code started}, then queued, assigned or unavailable. */
    @PreAuthorize("permitAll()")
    public String start(String visitor, ChatStart start) {
        return board.start(visitor, start).id;
    }

    @PreAuthorize("permitAll()")
    public void visitorMessage(String visitor, String conversationId, String clientMessageId, String text) {
        var conversation = board.find(conversationId);
        boolean sent = send(conversation, "visitor", visitor, clientMessageId, text);
        if (sent && isRisky(text)) {
            board.risky(conversation);
        }
    }

    @PreAuthorize("permitAll()")
    public void visitorTyping(String visitor, String conversationId) {
        var conversation = existing(conversationId);
        synchronized (conversation) {
            if (conversation.state == State.ENDED || !visitor.equals(conversation.visitor)) {
                throw ChatException.unknownConversation();
            }
            if (conversation.responder != null
                    && conversation.typingAllowed("visitor", board.clock.instant(), board.properties.typingInterval())) {
                board.out.toResponder(conversation.responder,
                        ChatEvent.of("typing", board.clock.instant(), "conversationId", conversation.id));
            }
        }
    }

    /** After a dropped connection: replays the messages after {@code lastSeq}, then the current state. */
    @PreAuthorize("permitAll()")
    public void resume(String visitor, String resumeToken, long lastSeq) {
        if (lastSeq < 0) {
            throw ChatException.badRequest("lastSeq must be 0 or more.");
        }
        board.resume(visitor, resumeToken, lastSeq);
    }

    @PreAuthorize("permitAll()")
    public void visitorEnd(String visitor, String conversationId) {
        board.endByVisitor(visitor, conversationId);
    }

    /** A connection closed: a visitor may come back with the resume token; a responder gets a short grace. */
    @PreAuthorize("permitAll()")
    public void connectionClosed(Principal principal) {
        Responder.of(principal).ifPresentOrElse(responder -> board.responderGone(responder.username()),
                () -> board.visitorGone(principal.getName()));
    }

    /**
     * A new connection of the signed-in responder (a console opened in another tab, a reconnect):
     * ends the grace of {@link #connectionClosed} and returns the events that bring that connection
     * up to date, as if they had been sent: {@code status}, an {@code assigned} (with history) per own
     * conversation, and for coordinators the {@code queue} summary.
     */
    @PreAuthorize(STAFF)
    public List<ChatEvent> rejoin() {
        return board.rejoin(Responder.current());
    }

    /** Goes on or off duty; conversations already taken stay until they end or are transferred. */
    @PreAuthorize(STAFF)
    public void status(boolean available, Integer capacity) {
        int slots = capacity == null ? 1 : capacity;
        if (slots < 1 || slots > Staff.MAX_CAPACITY) {
            throw ChatException.badRequest("capacity must be 1 to " + Staff.MAX_CAPACITY + ".");
        }
        board.status(Responder.current(), available, slots);
    }

    @PreAuthorize(STAFF)
    public void responderMessage(String conversationId, String clientMessageId, String text) {
        var responder = Responder.current();
        send(board.find(conversationId), "responder", responder.username(), clientMessageId, text);
    }

    @PreAuthorize(STAFF)
    public void responderTyping(String conversationId) {
        var responder = Responder.current();
        var conversation = existing(conversationId);
        synchronized (conversation) {
            if (conversation.state != State.ASSIGNED
                    || !responder.username().equals(conversation.responder)) {
                throw ChatException.unknownConversation();
            }
            if (conversation.typingAllowed("responder", board.clock.instant(), board.properties.typingInterval())) {
                board.out.toVisitor(conversation, ChatEvent.of("typing", board.clock.instant()));
            }
        }
    }

    /** Warm transfer: offered to {@code toTier}; the sender stays until a colleague there joins. */
    @PreAuthorize(STAFF)
    public void transfer(String conversationId, Tier toTier) {
        if (toTier == null) {
            throw ChatException.badRequest("toTier must be \"CRISIS\" or \"VOLUNTEER\".");
        }
        board.transfer(Responder.current(), conversationId, toTier);
    }

    @PreAuthorize(STAFF)
    public void responderEnd(String conversationId, String outcome) {
        if (outcome == null || !OUTCOMES.contains(outcome)) {
            throw ChatException.badRequest("outcome must be one of " + String.join(", ", OUTCOMES.stream().sorted().toList()) + ".");
        }
        board.endByResponder(Responder.current(), conversationId, outcome);
    }

    /** Appends, stores and delivers a message, or answers a resend with the original; true if it is new. */
    private boolean send(Conversation conversation, String from, String sender, String clientMessageId, String text) {
        if (clientMessageId == null || clientMessageId.isBlank() || clientMessageId.length() > MAX_CLIENT_MESSAGE_ID) {
            throw ChatException.badRequest("clientMessageId must be 1 to " + MAX_CLIENT_MESSAGE_ID + " characters.");
        }
        if (text == null || text.isBlank() || text.length() > MAX_TEXT) {
            throw new ChatException(ChatException.BAD_REQUEST, "text must be 1 to " + MAX_TEXT + " characters.",
                    clientMessageId);
        }
        if (conversation == null) {
            throw unknown(clientMessageId);
        }
        synchronized (conversation) {
            boolean visitor = from.equals("visitor");
            if (conversation.state == State.ENDED
                    || !sender.equals(visitor ? conversation.visitor : conversation.responder)) {
                throw unknown(clientMessageId);
            }
            var original = conversation.sent(from, clientMessageId);
            if (original != null) {
                if (visitor) {
                    board.out.toVisitor(conversation, original);
                } else {
                    board.out.toResponder(sender, original);
                }
                return false;
            }
            var message = conversation.append(from, text, clientMessageId, board.clock.instant());
            board.out.toVisitor(conversation, message);
            board.out.toResponder(conversation.responder, message);
            store(message);
            return true;
        }
    }

    /**
     * Stores a message after it went out, still under the conversation's monitor (so rows follow
     * the seq order): the database's latency stays out of the delivery's. The live conversation in
     * memory is what resume and idempotency use; a row that cannot be written is logged, and the
     * chat goes on (docs/decisions/010-chat-engine.md, "Load").
     */
    private void store(ChatEvent message) {
        try {
            board.transcripts.message(message);
        } catch (RuntimeException e) {
            log.error("Could not store a chat message: {}", e.getClass().getSimpleName());
        }
    }

    private Conversation existing(String conversationId) {
        var conversation = board.find(conversationId);
        if (conversation == null) {
            throw ChatException.unknownConversation();
        }
        return conversation;
    }

    private boolean isRisky(String text) {
        try {
            return risk.isRisky(text);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private static ChatException unknown(String clientMessageId) {
        return new ChatException(ChatException.UNKNOWN_CONVERSATION,
                "No such conversation of yours, or it has ended.", clientMessageId);
    }
}
