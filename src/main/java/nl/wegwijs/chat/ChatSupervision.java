package nl.wegwijs.chat;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.wegwijs.accounts.AccountSummary;
import nl.wegwijs.accounts.Role;
import nl.wegwijs.accounts.StaffAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * What coordinators do beside the conversations: see the queue and every live conversation, read
 * along silently (each read-along is audit-logged; nobody in the chat is told), block the device
 * of a conversation for a while, and lift blocks. Only for role COORDINATOR.
 */
@Service
public class ChatSupervision {

    /** How far back the read-along log is shown. */
    public static final int LOG_DAYS = 30;

    private static final String COORDINATOR = "hasRole('COORDINATOR')";

    private final Switchboard board;
    private final ChatBlocks blocks;
    private final ReadAlongLog log;
    private final StaffAccounts accounts;

    ChatSupervision(Switchboard board, ChatBlocks blocks, ReadAlongLog log, StaffAccounts accounts) {
        this.board = board;
        this.blocks = blocks;
        this.log = log;
        this.accounts = accounts;
    }

    /** The queue, who is on duty and the live conversations, all at one moment. */
    @PreAuthorize(COORDINATOR)
    public LiveOverview overview() {
        return LiveSnapshot.take(board, names());
    }

    /**
     * Starts a silent read-along of a live conversation: writes one audit row (who, which, when;
     * no text), then returns the transcript so far. Refused with {@code unknown-conversation}
     * when the conversation has ended.
     */
    @PreAuthorize(COORDINATOR)
    public ReadAlongTranscript readAlong(String conversationId) {
        var conversation = board.find(conversationId);
        if (conversation == null || conversation.state == Conversation.State.ENDED) {
            throw ChatException.unknownConversation();
        }
        log.record(currentUser(), conversation.id, board.clock.instant());
        return transcript(conversation, 0);
    }

    /**
     * The messages after {@code afterSeq} of a conversation this coordinator started reading along
     * (so the audit log has it); {@code forbidden} otherwise. A conversation no longer known has ended.
     */
    @PreAuthorize(COORDINATOR)
    public ReadAlongTranscript follow(String conversationId, long afterSeq) {
        if (conversationId == null || !log.hasRead(currentUser(), conversationId)) {
            throw new ChatException(ChatException.FORBIDDEN, "Start a read-along first: only audited read-alongs are followed.");
        }
        var conversation = board.find(conversationId);
        return conversation == null ? new ReadAlongTranscript(conversationId, true, List.of())
                : transcript(conversation, afterSeq);
    }

    /**
     * Blocks the device of a conversation from now on (the conversation itself goes on); returns
     * when the block ends. {@code bad-request} when its client sent no device token.
     */
    @PreAuthorize(COORDINATOR)
    public Instant blockDevice(String conversationId, ChatBlocks.Length length) {
        if (length == null) {
            throw ChatException.badRequest("A block lasts a DAY or a WEEK.");
        }
        var conversation = board.find(conversationId);
        if (conversation == null) {
            throw ChatException.unknownConversation();
        }
        if (conversation.deviceHash == null) {
            throw ChatException.badRequest("This conversation's client sent no device token: its device cannot be blocked.");
        }
        return blocks.blockHash(conversation.deviceHash, length);
    }

    /** The blocks in force now, the one ending soonest first, with the name of who blocked. */
    @PreAuthorize(COORDINATOR)
    public List<DeviceBlock> activeBlocks() {
        var names = names();
        return blocks.active().stream().map(block -> block.blockedBy() == null ? block
                : block.withBlockedByName(names.getOrDefault(block.blockedBy(), block.blockedBy()))).toList();
    }

    /** Ends a block before its time; false when it had already ended or been lifted. */
    @PreAuthorize(COORDINATOR)
    public boolean liftBlock(String tokenHash) {
        return tokenHash != null && blocks.lift(tokenHash);
    }

    /** The read-alongs of the last {@value #LOG_DAYS} days, the newest first. */
    @PreAuthorize(COORDINATOR)
    public List<ReadAlongRecord> readAlongLog() {
        var names = names();
        return log.since(board.clock.instant().minus(Duration.ofDays(LOG_DAYS))).stream()
                .map(entry -> new ReadAlongRecord(entry.coordinator(),
                        names.getOrDefault(entry.coordinator(), entry.coordinator()), entry.conversationId(),
                        entry.readAt()))
                .toList();
    }

    private ReadAlongTranscript transcript(Conversation conversation, long afterSeq) {
        synchronized (conversation) {
            var lines = conversation.messagesAfter(Math.max(0, afterSeq)).stream()
                    .map(message -> new ReadAlongTranscript.Line(((Number) message.get("seq")).longValue(),
                            (String) message.get("from"), (String) message.get("text"), message.at()))
                    .toList();
            return new ReadAlongTranscript(conversation.id, conversation.state == Conversation.State.ENDED, lines);
        }
    }

    private Map<String, String> names() {
        return accounts.enabledWithAnyRole(EnumSet.allOf(Role.class)).stream()
                .collect(Collectors.toMap(AccountSummary::username, AccountSummary::displayName, (a, b) -> a));
    }

    private static String currentUser() {
        return SecurityContextHolder.getContext().getAuthentication().getName();
    }
}
