package nl.wegwijs.chat.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;

/**
 * STOMP 1.2 over a plain WebSocket at {@code /ws/chat}: an in-memory broker for the private
 * {@code /user/queue/...} streams, {@code /app/...} for the desk, heart-beats every 10 seconds.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
@EnableScheduling
class ChatWebSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    static final String ENDPOINT = "/ws/chat";
    static final long HEART_BEAT_MILLIS = 10_000;
    static final int DESTINATION_CACHE = 20_000;
    static final int INBOUND_THREADS = 16;
    static final int OUTBOUND_THREADS = 8;

    private final TaskScheduler heartBeats;
    private final FrameGuard guard;
    private final ThreadPoolTaskExecutorBuilder executors;

    ChatWebSocketConfiguration(@Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler heartBeats,
            FrameGuard guard, ThreadPoolTaskExecutorBuilder executors) {
        this.heartBeats = heartBeats;
        this.guard = guard;
        this.executors = executors;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // Partner sites embed the visitor client, so any origin may connect; VisitorHandshake only
        // trusts a session cookie from the portal's own origin.
        registry.addEndpoint(ENDPOINT).setHandshakeHandler(new VisitorHandshake()).setAllowedOriginPatterns("*");
        // A client's frames are handled in the order sent: SUBSCRIBE before SEND, message 1 before 2.
        registry.setPreserveReceiveOrder(true);
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.enableSimpleBroker("/queue")
                .setHeartbeatValue(new long[] {HEART_BEAT_MILLIS, HEART_BEAT_MILLIS})
                .setTaskScheduler(heartBeats);
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        // Every connection has a private destination (/queue/chat-user<session>). The broker caches
        // the subscribers per destination, 1,024 destinations by default; beyond that each event
        // scanned every subscription of every connection (with 2,200 connections, a quarter of the
        // server's CPU in the load benchmark). Room for as many destinations as connections.
        registry.setCacheLimit(DESTINATION_CACHE);
        // Events of one conversation must reach the client in the order the desk made them.
        registry.setPreservePublishOrder(true);
    }

    /**
     * The chat's channels get thread pools of their own. Boot would hand both its application
     * executor (8 threads, one queue): frames waiting there for the routing lock or the database
     * then delayed every delivery queued behind them (docs/decisions/010-chat-engine.md, "Load").
     * Client frames often wait (lock, database), so their pool is larger; per connection they are
     * still handled in order (see {@link #registerStompEndpoints}).
     */
    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(guard);
        registration.executor(pool("chat-in-", INBOUND_THREADS));
    }

    /** Events to clients: CPU and socket writes, on a pool that no waiting frame can fill. */
    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.executor(pool("chat-out-", OUTBOUND_THREADS));
    }

    /** Built as Boot builds its application executor (its decorators and customizers), only sized for the chat. */
    private ThreadPoolTaskExecutor pool(String prefix, int threads) {
        var executor = executors.threadNamePrefix(prefix).corePoolSize(threads).maxPoolSize(threads).build();
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }

    /** Vaadin wants one executor of its own once the broker adds three more. */
    @Bean("VaadinTaskExecutor")
    TaskExecutor vaadinTaskExecutor() {
        var executor = new SimpleAsyncTaskExecutor("vaadin-");
        executor.setVirtualThreads(true);
        return executor;
    }
}
