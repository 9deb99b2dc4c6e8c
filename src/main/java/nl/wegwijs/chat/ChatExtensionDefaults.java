package nl.wegwijs.chat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Plain defaults for the extension points, so the chat works on its own: no risk lexicon, everyone
 * available is on duty, no blocks, no statistics. Real implementations are {@code @Primary} beans.
 */
@Configuration(proxyBeanMethods = false)
class ChatExtensionDefaults {

    @Bean
    RiskSignals noRiskSignals() {
        return text -> false;
    }

    @Bean
    DutyRota availableMeansOnDuty() {
        return (username, at) -> true;
    }

    @Bean
    DeviceBlocks noDeviceBlocks() {
        return deviceToken -> false;
    }

    @Bean
    ChatStatistics noChatStatistics() {
        return summary -> { };
    }
}
