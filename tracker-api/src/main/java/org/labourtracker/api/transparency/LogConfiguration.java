package org.labourtracker.api.transparency;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The log's processor settings beyond application.yml: a failure to append must stop the log and be
 * retried, never be logged and skipped, which would leave an event out of it.
 */
@Configuration
@EnableConfigurationProperties(LogSettings.class)
class LogConfiguration {

    @Bean
    ConfigurerModule logAppendingStopsOnFailure() {
        return configurer -> configurer.eventProcessing().registerListenerInvocationErrorHandler(
                LogAppender.PROCESSOR, config -> PropagatingErrorHandler.instance());
    }
}
