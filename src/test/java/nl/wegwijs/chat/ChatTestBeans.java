package nl.wegwijs.chat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** A risk lexicon of one made-up word, and statistics that remember what they were told. */
@TestConfiguration(proxyBeanMethods = false)
class ChatTestBeans {

    static final String RISKY_WORD = "riskantwoord";

    @Bean
    @Primary
    RiskSignals testRiskSignals() {
        return text -> text.toLowerCase().contains(RISKY_WORD);
    }

    @Bean
    @Primary
    RecordedStatistics recordedStatistics() {
        return new RecordedStatistics();
    }

    @Bean
    InboundHeaders inboundHeaders() {
        return new InboundHeaders();
    }

    /** What the server holds about each connection while it handles a frame: its user and session attributes. */
    static final class InboundHeaders implements WebSocketMessageBrokerConfigurer {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        public void configureClientInboundChannel(ChannelRegistration registration) {
            registration.interceptors(new ChannelInterceptor() {
                @Override
                public Message<?> preSend(Message<?> message, MessageChannel channel) {
                    var headers = SimpMessageHeaderAccessor.wrap(message);
                    seen.add(headers.getUser() + " " + headers.getSessionAttributes());
                    return message;
                }
            });
        }
    }

    /** Every summary the desk recorded, in order. */
    static final class RecordedStatistics implements ChatStatistics {
        final List<ConversationSummary> summaries = new CopyOnWriteArrayList<>();

        @Override
        public void record(ConversationSummary summary) {
            summaries.add(summary);
        }

        /**
         * The summaries so far, once the last one has this outcome: a conversation is recorded just
         * after its 'ended' events go out, so a test that saw them may be a moment early.
         */
        List<ConversationSummary> once(String outcome) {
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5)).until(() ->
                    !summaries.isEmpty() && outcome.equals(summaries.getLast().outcome()));
            return summaries;
        }
    }
}
