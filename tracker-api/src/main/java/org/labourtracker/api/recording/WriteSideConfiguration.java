package org.labourtracker.api.recording;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import org.axonframework.common.caching.WeakReferenceCache;
import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.labourtracker.dispute.CasualtiesReportedUpcaster;
import org.labourtracker.dispute.Dispute;
import org.labourtracker.editorial.EditorialCommandHandler;
import org.labourtracker.evidence.StreamDirectory;
import org.labourtracker.legal.LegalCase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Wires the write side of tracker-core into Axon: aggregates, the editorial handler, metadata. */
@Configuration
class WriteSideConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Ids share one space in the store: the type of a stream is that of its first event. */
    @Bean
    StreamDirectory streamDirectory(@Lazy EventStore eventStore) {
        return streamId -> {
            DomainEventStream events = eventStore.readEvents(streamId);
            return events.hasNext() ? Optional.of(events.peek().getType()) : Optional.empty();
        };
    }

    /**
     * Aggregates stay in memory between commands while anything refers to them, so a command on a
     * long-running dispute does not replay its whole stream; the garbage collector decides how long.
     * A cached aggregate that another node moved on fails to append and is evicted, so the retry
     * loads it afresh.
     */
    @Bean
    ConfigurerModule writeSide(StreamDirectory directory, Clock clock) {
        return configurer -> configurer
                .configureAggregate(AggregateConfigurer.defaultConfiguration(Dispute.class)
                        .configureCache(config -> new WeakReferenceCache()))
                .configureAggregate(AggregateConfigurer.defaultConfiguration(LegalCase.class)
                        .configureCache(config -> new WeakReferenceCache()))
                .registerCommandHandler(config -> new EditorialCommandHandler(directory, Map.of(
                        "Dispute", config.repository(Dispute.class),
                        "LegalCase", config.repository(LegalCase.class)), clock));
    }

    /** Axon puts every EventUpcaster bean in the chain that the event store reads through. */
    @Bean
    EventUpcaster casualtiesReportedUpcaster() {
        return new CasualtiesReportedUpcaster();
    }

    @Bean
    CorrelationDataProvider messageOrigin() {
        return new MessageOriginProvider();
    }

    /** Carries who recorded a command, and when, from the command onto every event it causes. */
    @Bean
    CorrelationDataProvider recorderOnEvents() {
        return new SimpleCorrelationDataProvider(RecordingMetadata.RECORDED_BY, RecordingMetadata.RECORDED_AT);
    }
}
