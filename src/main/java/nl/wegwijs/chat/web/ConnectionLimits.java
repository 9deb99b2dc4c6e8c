package nl.wegwijs.chat.web;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.wegwijs.chat.ChatException;
import nl.wegwijs.chat.ChatProperties;
import org.springframework.stereotype.Component;

/** Token buckets per connection: chat starts and visitor messages (docs/decisions/010-chat-engine.md). */
@Component
class ConnectionLimits {

    private final ChatProperties properties;
    private final Map<String, Buckets> connections = new ConcurrentHashMap<>();

    ConnectionLimits(ChatProperties properties) {
        this.properties = properties;
    }

    void start(String connection) {
        take(buckets(connection).starts, "Too many chats started on this connection; wait and retry.");
    }

    void message(String connection, String clientMessageId) {
        if (!buckets(connection).messages.tryConsume(1)) {
            throw new ChatException(ChatException.RATE_LIMITED, "Too many messages on this connection; wait and retry.",
                    clientMessageId);
        }
    }

    void closed(String connection) {
        connections.remove(connection);
    }

    private static void take(Bucket bucket, String message) {
        if (!bucket.tryConsume(1)) {
            throw new ChatException(ChatException.RATE_LIMITED, message);
        }
    }

    private Buckets buckets(String connection) {
        return connections.computeIfAbsent(connection, id -> new Buckets(
                Bucket.builder().addLimit(Bandwidth.builder().capacity(properties.startsPerWindow())
                        .refillIntervally(properties.startsPerWindow(), properties.startWindow()).build()).build(),
                Bucket.builder().addLimit(Bandwidth.builder().capacity(properties.messagesPerMinute())
                        .refillIntervally(properties.messagesPerMinute(), java.time.Duration.ofMinutes(1)).build())
                        .build()));
    }

    private record Buckets(Bucket starts, Bucket messages) {
    }
}
