package nl.wegwijs.chat.web;

import java.security.Principal;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.chat.ChatDesk;
import nl.wegwijs.chat.ChatException;
import nl.wegwijs.chat.ChatStart;
import nl.wegwijs.chat.Responder;
import nl.wegwijs.chat.Tier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.handler.annotation.Header;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;

/** The protocol's client frames ({@code SEND /app/...}), read and handed to the {@link ChatDesk}. */
@Controller
class ChatFrames {

    private static final Logger log = LoggerFactory.getLogger(ChatFrames.class);

    private final ChatDesk desk;
    private final ConnectionLimits limits;
    private final StompOutbox outbox;

    ChatFrames(ChatDesk desk, ConnectionLimits limits, StompOutbox outbox) {
        this.desk = desk;
        this.limits = limits;
        this.outbox = outbox;
    }

    @MessageMapping("chat.start")
    void start(@Payload(required = false) byte[] body, Principal user, @Header("simpSessionId") String connection,
            @Header(name = "simpSessionAttributes", required = false) Map<String, Object> attributes) {
        handle(user, false, () -> {
            var frame = FrameBody.parse(body);
            var start = new ChatStart(frame.text("nickname"), frame.text("topic"),
                    Boolean.TRUE.equals(frame.bool("urgent")), language(frame.text("language")),
                    attributes == null ? null : (String) attributes.get(FrameGuard.DEVICE_TOKEN));
            limits.start(connection);
            desk.start(user.getName(), start);
        });
    }

    @MessageMapping("chat.message")
    void message(@Payload(required = false) byte[] body, Principal user, @Header("simpSessionId") String connection) {
        handle(user, false, () -> {
            var frame = FrameBody.parse(body);
            String clientMessageId = frame.clientMessageId();
            limits.message(connection, clientMessageId);
            desk.visitorMessage(user.getName(), frame.requiredText("conversationId"), frame.requiredText("clientMessageId"),
                    frame.requiredText("text"));
        });
    }

    @MessageMapping("chat.typing")
    void typing(@Payload(required = false) byte[] body, Principal user) {
        handle(user, false, () -> desk.visitorTyping(user.getName(), FrameBody.parse(body).requiredText("conversationId")));
    }

    @MessageMapping("chat.resume")
    void resume(@Payload(required = false) byte[] body, Principal user) {
        handle(user, false, () -> {
            var frame = FrameBody.parse(body);
            Long lastSeq = frame.number("lastSeq");
            desk.resume(user.getName(), frame.requiredText("resumeToken"), lastSeq == null ? 0 : lastSeq);
        });
    }

    @MessageMapping("chat.end")
    void end(@Payload(required = false) byte[] body, Principal user) {
        handle(user, false, () -> desk.visitorEnd(user.getName(), FrameBody.parse(body).requiredText("conversationId")));
    }

    @MessageMapping("responder.status")
    void status(@Payload(required = false) byte[] body, Principal user) {
        handle(user, true, () -> {
            var frame = FrameBody.parse(body);
            Boolean available = frame.bool("available");
            if (available == null) {
                throw new ChatException(ChatException.BAD_REQUEST, "available is missing.");
            }
            Long capacity = frame.number("capacity");
            desk.status(available, capacity == null ? null : (int) Math.max(Integer.MIN_VALUE,
                    Math.min(Integer.MAX_VALUE, capacity)));
        });
    }

    @MessageMapping("responder.message")
    void responderMessage(@Payload(required = false) byte[] body, Principal user) {
        handle(user, true, () -> {
            var frame = FrameBody.parse(body);
            desk.responderMessage(frame.requiredText("conversationId"), frame.requiredText("clientMessageId"),
                    frame.requiredText("text"));
        });
    }

    @MessageMapping("responder.typing")
    void responderTyping(@Payload(required = false) byte[] body, Principal user) {
        handle(user, true, () -> desk.responderTyping(FrameBody.parse(body).requiredText("conversationId")));
    }

    @MessageMapping("responder.transfer")
    void transfer(@Payload(required = false) byte[] body, Principal user) {
        handle(user, true, () -> {
            var frame = FrameBody.parse(body);
            desk.transfer(frame.requiredText("conversationId"), tier(frame.requiredText("toTier")));
        });
    }

    @MessageMapping("responder.end")
    void responderEnd(@Payload(required = false) byte[] body, Principal user) {
        handle(user, true, () -> {
            var frame = FrameBody.parse(body);
            desk.responderEnd(frame.requiredText("conversationId"), frame.requiredText("outcome"));
        });
    }

    /** Runs a frame's action; any refusal becomes an {@code error} event, never a stack trace or a closed socket. */
    private void handle(Principal user, boolean responderDestination, Runnable action) {
        boolean staff = Responder.of(user).isPresent();
        boolean toResponderQueue = responderDestination && staff;
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(contextOf(user));
        try {
            if (responderDestination && !staff) {
                throw new ChatException(ChatException.FORBIDDEN, "Responder destinations need a staff account.");
            }
            action.run();
        } catch (ChatException e) {
            outbox.error(user.getName(), toResponderQueue, e.code(), e.getMessage(), e.clientMessageId());
        } catch (AccessDeniedException | AuthenticationException e) {
            outbox.error(user.getName(), toResponderQueue, ChatException.FORBIDDEN,
                    "Responder destinations need a staff account.", null);
        } catch (RuntimeException e) {
            log.error("Chat frame failed: {}", e.getClass().getName());
            outbox.error(user.getName(), toResponderQueue, ChatException.UNAVAILABLE,
                    "The chat service cannot take this action now.", null);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The desk's methods check roles: staff act as their account, everyone else as an anonymous visitor. */
    private static SecurityContext contextOf(Principal user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user instanceof Authentication authentication ? authentication
                : new AnonymousAuthenticationToken("chat", "visitor", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        return context;
    }

    private static Locale language(String language) {
        return language == null ? null : Locale.of(language);
    }

    private static Tier tier(String name) {
        try {
            return Tier.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ChatException(ChatException.BAD_REQUEST, "toTier must be \"CRISIS\" or \"VOLUNTEER\".");
        }
    }
}
