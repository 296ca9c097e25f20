package org.labourtracker.projections.admin;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon settings of the read models that application properties cannot express. A handler's exception
 * must reach the dead-letter queue: Axon's default only logs it and goes on, which would leave a read
 * model silently short of the event. (Processor mode, segments, batch size and the dead-letter queue
 * itself are set in application.yml under {@code axon.eventhandling.processors}.)
 */
@Configuration
class ReadModelConfiguration {

    @Bean
    ConfigurerModule readModelErrorHandling() {
        return configurer -> ReplayService.READ_MODELS.forEach(group -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(group, config -> PropagatingErrorHandler.instance()));
    }
}
