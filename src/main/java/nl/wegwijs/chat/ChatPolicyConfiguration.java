package nl.wegwijs.chat;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the chat's housekeeping on a schedule, such as forgetting expired device blocks. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ChatPolicyConfiguration {
}
