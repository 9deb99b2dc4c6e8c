package nl.wegwijs.chat.web;

import java.security.Principal;
import nl.wegwijs.chat.ChatException;
import nl.wegwijs.chat.Responder;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets through only what the protocol allows: SEND to {@code /app/...}, SUBSCRIBE to one's own
 * queue ({@code /user/queue/responder} only for staff). Anything else is dropped with an error
 * event; the connection stays open. Without this a client could SEND straight into the broker.
 */
@Component
class FrameGuard implements ChannelInterceptor {

    static final String VISITOR_STREAM = "/user/queue/chat";
    static final String RESPONDER_STREAM = "/user/queue/responder";
    static final String DEVICE_TOKEN = "device-token";

    private final StompOutbox outbox;

    FrameGuard(StompOutbox outbox) {
        this.outbox = outbox;
    }

    @Override
    public Message<?> preSend(Message<?> message, MessageChannel channel) {
        var stomp = StompHeaderAccessor.wrap(message);
        StompCommand command = stomp.getCommand();
        if (command == null) {
            return message;
        }
        String destination = stomp.getDestination();
        Principal user = stomp.getUser();
        boolean staff = Responder.of(user).isPresent();
        return switch (command) {
            case CONNECT -> {
                // Kept only in this connection's memory, to compare with blocks on chat.start.
                String deviceToken = stomp.getFirstNativeHeader(DEVICE_TOKEN);
                if (deviceToken != null && stomp.getSessionAttributes() != null) {
                    stomp.getSessionAttributes().put(DEVICE_TOKEN, deviceToken);
                }
                yield message;
            }
            case SUBSCRIBE -> {
                if (VISITOR_STREAM.equals(destination) || (RESPONDER_STREAM.equals(destination) && staff)) {
                    yield message;
                }
                refuse(user, staff, ChatException.FORBIDDEN, RESPONDER_STREAM.equals(destination)
                        ? "Only staff accounts may subscribe to " + RESPONDER_STREAM + "."
                        : "Subscribe to " + VISITOR_STREAM + " or " + RESPONDER_STREAM + ".");
                yield null;
            }
            case SEND -> {
                if (destination != null && destination.startsWith("/app/")) {
                    yield message;
                }
                refuse(user, staff, ChatException.BAD_REQUEST, "Send to a destination under /app/.");
                yield null;
            }
            default -> message;
        };
    }

    private void refuse(Principal user, boolean staff, String code, String text) {
        if (user != null) {
            outbox.error(user.getName(), staff, code, text, null);
        }
    }
}
