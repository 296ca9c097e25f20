package org.labourtracker.projections.admin;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.TokenStoreProperties;
import org.labourtracker.projections.history.RecordProjection;
import org.labourtracker.projections.history.RecordTable;
import org.labourtracker.projections.history.ViewCache;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon settings of the read models that application properties cannot express. A handler's exception
 * must reach the dead-letter queue: Axon's default only logs it and goes on, which would leave a read
 * model silently short of the event. Several nodes on one database share each processor's segments
 * ({@link ProcessorNodes}), each claiming them under its own node id. (Processor mode, segments, batch
 * size and the dead-letter queue itself are set in application.yml under
 * {@code axon.eventhandling.processors}, all but the number of segments, {@link #readSideSegments}.)
 */
@Configuration
@EnableConfigurationProperties(ClusterSettings.class)
class ReadModelConfiguration {

    private static final Duration CLAIM_RENEWAL = Duration.ofSeconds(1);
    private static final int SEGMENTS_ON_H2 = 1;
    private static final int SEGMENTS_SHARED = 2;

    @Bean
    ConfigurerModule readModelErrorHandling() {
        return configurer -> ReplayService.READ_MODELS.forEach(group -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(group, config -> PropagatingErrorHandler.instance()));
    }

    /**
     * Claims are renewed every second, also while a segment works through a long batch, and free
     * segments looked for every second (Axon's defaults are five seconds, and no renewal during a
     * batch), so that a dead node's segments are taken over about a second after its claims time out.
     */
    @Bean
    ConfigurerModule readModelSegmentsShared(ProcessorNodes nodes) {
        return configurer -> ReplayService.READ_MODELS.forEach(processor -> configurer.eventProcessing()
                .registerPooledStreamingEventProcessorConfiguration(processor,
                        (config, builder) -> builder.maxSegmentProvider(nodes)
                                .claimExtensionThreshold(CLAIM_RENEWAL.toMillis())
                                .tokenClaimInterval(CLAIM_RENEWAL.toMillis())
                                .enableCoordinatorClaimExtension()));
    }

    /**
     * The read side's segments, unless {@code axon.eventhandling.processors.dispute-records.initial-segment-count}
     * says: {@value #SEGMENTS_ON_H2} on H2, {@value #SEGMENTS_SHARED} on any other database. H2 writes its file
     * at every commit, and a wake of the processor costs a commit per segment: in profiles of recording from 8
     * threads, writing the file was a third of the service's processor time, live or not. Two segments on one
     * node halve the events each commit carries and gain nothing (a rebuild of 200,000 events took as long with
     * one; at 1,000,000 events neither count recorded faster). On a database several nodes share, two
     * segments let two of them fold events at once. The count is set when the processor first starts on
     * an empty token table; a store that has its segments keeps them.
     */
    @Bean
    static BeanPostProcessor readSideSegments(Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof EventProcessorProperties properties) {
                    EventProcessorProperties.ProcessorSettings settings = properties.getProcessors()
                            .get(RecordProjection.PROCESSOR);
                    if (settings != null && settings.getInitialSegmentCount() == null) {
                        settings.setInitialSegmentCount(segments(environment.getProperty("spring.datasource.url")));
                    }
                }
                return bean;
            }
        };
    }

    private static int segments(String databaseUrl) {
        return databaseUrl != null && databaseUrl.startsWith("jdbc:h2:") ? SEGMENTS_ON_H2 : SEGMENTS_SHARED;
    }

    /** The record store, written by {@link RecordProjection} and read by every view. */
    @Bean
    RecordTable recordStore(JdbcTemplate jdbc) {
        return new RecordTable(jdbc, RecordProjection.TABLES);
    }

    /**
     * The views kept computed, weighed by the records they were computed from: at the default of
     * 200,000, some tens of megabytes of heap.
     */
    @Bean
    ViewCache viewCache(@Value("${tracker.read-models.view-cache-weight:200000}") long capacity) {
        return new ViewCache(capacity);
    }

    /**
     * Axon's dead-letter table under the names the migrations give it. (The queue itself is Axon's JDBC
     * one, which Spring Boot makes for each processor whose dead-letter queue application.yml enables.)
     */
    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /** Axon's token table under the names the migrations give it. */
    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /** Axon's JDBC token store as Spring Boot would make it, but claiming under the configured node id. */
    @Bean
    SharedTokenStore tokenStore(Serializer serializer, ConnectionProvider connections, TokenSchema schema,
                                JdbcTemplate jdbc, TokenStoreProperties properties, ClusterSettings cluster,
                                DataSource dataSource) throws SQLException {
        boolean postgres;
        try (Connection connection = dataSource.getConnection()) {
            postgres = "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
        }
        return new SharedTokenStore(JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId(cluster.node()), schema, jdbc, postgres);
    }
}
