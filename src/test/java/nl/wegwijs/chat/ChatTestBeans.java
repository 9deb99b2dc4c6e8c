package nl.wegwijs.chat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.test.context.TestConfiguration;
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

    /** Every summary the desk recorded, in order. */
    static final class RecordedStatistics implements ChatStatistics {
        final List<ConversationSummary> summaries = new CopyOnWriteArrayList<>();

        @Override
        public void record(ConversationSummary summary) {
            summaries.add(summary);
        }
    }
}
