package org.labourtracker.projections.admin;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon settings of the read models that application properties cannot express. A handler's exception
 * must reach the dead-letter queue: Axon's default only logs it and goes on, which would leave a read
 * model silently short of the event. Several nodes on one database share each processor's segments
 * ({@link ProcessorNodes}), each claiming them under its own node id. (Processor mode, segments, batch
 * size and the dead-letter queue itself are set in application.yml under
 * {@code axon.eventhandling.processors}.)
 */
@Configuration
@EnableConfigurationProperties(ClusterSettings.class)
class ReadModelConfiguration {

    @Bean
    ConfigurerModule readModelErrorHandling() {
        return configurer -> ReplayService.READ_MODELS.forEach(group -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(group, config -> PropagatingErrorHandler.instance()));
    }

    @Bean
    ConfigurerModule readModelSegmentsShared(ProcessorNodes nodes) {
        return configurer -> ReplayService.READ_MODELS.forEach(processor -> configurer.eventProcessing()
                .registerPooledStreamingEventProcessorConfiguration(processor,
                        (config, builder) -> builder.maxSegmentProvider(nodes)));
    }

    /** Axon's JPA token store as Spring Boot would make it, but claiming under the configured node id. */
    @Bean
    SharedTokenStore tokenStore(Serializer serializer, EntityManagerProvider entityManagerProvider,
                          TokenStoreProperties properties, ClusterSettings cluster, DataSource dataSource)
            throws SQLException {
        boolean postgres;
        try (Connection connection = dataSource.getConnection()) {
            postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
        return new SharedTokenStore(JpaTokenStore.builder()
                .entityManagerProvider(entityManagerProvider)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId(cluster.node()), entityManagerProvider, serializer, postgres);
    }
}
