package nl.wegwijs.chat.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.core.task.TaskExecutor;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.TaskScheduler;
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

    private final TaskScheduler heartBeats;
    private final FrameGuard guard;

    ChatWebSocketConfiguration(@Lazy @Qualifier("messageBrokerTaskScheduler") TaskScheduler heartBeats,
            FrameGuard guard) {
        this.heartBeats = heartBeats;
        this.guard = guard;
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
        // Events of one conversation must reach the client in the order the desk made them.
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(guard);
    }

    /** Vaadin wants one executor of its own once the broker adds three more. */
    @Bean("VaadinTaskExecutor")
    TaskExecutor vaadinTaskExecutor() {
        var executor = new SimpleAsyncTaskExecutor("vaadin-");
        executor.setVirtualThreads(true);
        return executor;
    }
}
