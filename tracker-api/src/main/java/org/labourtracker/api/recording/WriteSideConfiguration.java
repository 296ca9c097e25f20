package org.labourtracker.api.recording;

import java.time.Clock;
import java.util.Map;

import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.spring.eventsourcing.SpringAggregateSnapshotter;
import org.labourtracker.dispute.CasualtiesReportedUpcaster;
import org.labourtracker.legal.CaseEventUpcasters;
import org.labourtracker.dispute.Dispute;
import org.labourtracker.editorial.EditorialCommandHandler;
import org.labourtracker.evidence.RecordRules;
import org.labourtracker.evidence.StreamDirectory;
import org.labourtracker.legal.LegalCase;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Wires the write side of tracker-core into Axon: aggregates, the editorial handler, metadata. */
@Configuration
class WriteSideConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The command bus Spring Boot would make (Axon's simple bus, with the correlation data of each
     * command carried onto its events), with concurrent commands committed in groups ({@link CommitGroups}).
     * Every command passes the field rules of {@link RecordRules} on it, whoever sends it: the API,
     * an import, the demo load.
     */
    @Bean(destroyMethod = "close")
    CommitGroups commandBus(TransactionManager transactions, org.axonframework.config.Configuration axon, Clock clock,
                            DuplicateCommandHandlerResolver duplicates,
                            @Value("${tracker.recording.largest-commit-group:100}") int largestGroup,
                            @Value("${tracker.recording.commit-group-threads:2}") int threads) {
        SimpleCommandBus bus = SimpleCommandBus.builder()
                .transactionManager(CommitGroups.joiningGroups(transactions))
                .duplicateCommandHandlerResolver(duplicates)
                .spanFactory(axon.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axon.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        bus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axon.correlationDataProviders()));
        bus.registerHandlerInterceptor(RecordRules.at(clock));
        return new CommitGroups(bus, transactions, largestGroup, threads);
    }

    /**
     * Ids share one space in the store: the type of a stream is that of its first event, read alone
     * through the stream's unique index (reading the stream itself would fetch a batch of its events).
     */
    @Bean
    StreamDirectory streamDirectory(JdbcTemplate jdbc) {
        return streamId -> jdbc.query("SELECT type FROM domain_event_entry WHERE aggregate_identifier = ? "
                        + "ORDER BY sequence_number ASC FETCH FIRST 1 ROWS ONLY",
                (row, number) -> row.getString(1), streamId).stream().findFirst();
    }

    /**
     * Aggregates stay in memory between commands ({@link AggregateCaches}), so a command on a
     * long-running dispute does not replay its whole stream. A cached aggregate that another node moved
     * on fails to append and is evicted, so the retry loads it afresh. A stream is locked while a command
     * writes it ({@link StreamLocks}, across nodes on PostgreSQL), and an aggregate that has handled
     * {@code tracker.recording.snapshot-every} events since it was loaded is snapshotted ({@link Snapshots}).
     */
    @Bean
    ConfigurerModule writeSide(StreamDirectory directory, AggregateCaches caches, StreamLocks locks,
                               ObjectProvider<SpringAggregateSnapshotter> snapshotter,
                               @Value("${tracker.recording.snapshot-every:500}") int snapshotEvery) {
        return configurer -> configurer
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Dispute.class)
                        .configureCache(config -> caches.of("Dispute"))
                        .configureLockFactory(config -> locks)
                        .configureSnapshotTrigger(config ->
                                new EventCountSnapshotTriggerDefinition(snapshotter.getObject(), snapshotEvery)))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(LegalCase.class)
                        .configureCache(config -> caches.of("LegalCase"))
                        .configureLockFactory(config -> locks)
                        .configureSnapshotTrigger(config ->
                                new EventCountSnapshotTriggerDefinition(snapshotter.getObject(), snapshotEvery)))
                .registerCommandHandler(config -> new EditorialCommandHandler(directory, Map.of(
                        "Dispute", config.repository(Dispute.class),
                        "LegalCase", config.repository(LegalCase.class))));
    }

    /** Axon puts every EventUpcaster bean in the chain that the event store reads through. */
    @Bean
    EventUpcaster casualtiesReportedUpcaster() {
        return new CasualtiesReportedUpcaster();
    }

    @Bean
    EventUpcaster caseEventUpcasters() {
        return CaseEventUpcasters.chain();
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /** Carries who recorded a command, and when (and an imported record's provenance), onto every event it causes. */
    @Bean
    CorrelationDataProvider recorderOnEvents() {
        return new SimpleCorrelationDataProvider(RecordingMetadata.RECORDED_BY, RecordingMetadata.RECORDED_AT,
                RecordingMetadata.ORIGIN_LOG, RecordingMetadata.ORIGIN_LEAF, RecordingMetadata.ORIGIN_VERIFIED,
                RecordingMetadata.IMPORTED_BY, RecordingMetadata.IMPORTED_AT);
    }
}
