package org.labourtracker.api.recording;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Axon's JDBC event store on the tables the migrations make (snake_case columns, serialized data in
 * binary columns, the global index from the event table's sequence), with four changes to what
 * Spring Boot's auto-configuration would make:
 * <ul>
 * <li>Snapshots are written by their own serializer ({@link Snapshots#serializer()}): an aggregate's
 *     fields, which Spring's JSON settings (getters, leaving nulls out) would not keep whole.</li>
 * <li>Reads fetch {@value #BATCH} events per query instead of 100: the read models' streams during a
 *     rebuild, and the loading of a long dispute, take a tenth of the queries.</li>
 * <li>A streaming read whose token has gaps (events numbered but not yet committed when it last read,
 *     as happens whenever several commands commit at once) asks for a range {@code OR globalIndex IN
 *     (:gaps)}. No database can walk an index for that OR, so H2 reads the event table from its first
 *     row on every such fetch, which grows with the store (AxonFramework issue #1241). The gaps all lie
 *     below the range, so adding {@code globalIndex >=} the lowest gap selects exactly the same rows and
 *     lets the primary key's index start there.</li>
 * <li>A stream's last sequence number (the version every recording answers with) is read from the end
 *     of the stream's index instead of as {@code MAX(sequenceNumber)}, for which H2 reads every entry of
 *     the stream: 10 ms a command on a stream of 10,000 events, the largest cost of recording on it.</li>
 * </ul>
 */
@Configuration
class EventStoreConfiguration {

    static final int BATCH = 1000;

    /** Axon's tables under the names the migrations give them. */
    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    /**
     * A second writer of a stream position, or of a known event, is refused by a unique constraint:
     * SQL state 23505 on H2 and PostgreSQL alike, which Axon then reports as a concurrency conflict.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return exception -> {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    return true;
                }
            }
            return false;
        };
    }

    @Bean
    EventStorageEngine eventStorageEngine(PersistenceExceptionResolver persistenceExceptionResolver,
                                          @Qualifier("eventSerializer") Serializer eventSerializer,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connectionProvider,
                                          TransactionManager transactionManager,
                                          EventSchema schema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(Snapshots.serializer())
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(schema)
                .batchSize(BATCH)
                .readEventDataWithGaps(EventStoreConfiguration::readFromLowestGap)
                .lastSequenceNumberFor(EventStoreConfiguration::lastSequenceNumber)
                .build();
    }

    private static PreparedStatement readFromLowestGap(Connection connection, EventSchema schema, long globalIndex,
                                                       int batchSize, List<Long> gaps) throws SQLException {
        String index = schema.globalIndexColumn();
        PreparedStatement statement = connection.prepareStatement("SELECT " + schema.trackedEventFields()
                + " FROM " + schema.domainEventTable()
                + " WHERE " + index + " >= ? AND ((" + index + " > ? AND " + index + " <= ?) OR " + index
                + " IN (" + String.join(",", Collections.nCopies(gaps.size(), "?")) + "))"
                + " ORDER BY " + index + " ASC");
        statement.setLong(1, Collections.min(gaps));
        statement.setLong(2, globalIndex);
        statement.setLong(3, globalIndex + batchSize);
        for (int i = 0; i < gaps.size(); i++) {
            statement.setLong(i + 4, gaps.get(i));
        }
        return statement;
    }

    /** Ordered as the stream's unique index is, so that both H2 and PostgreSQL read it backwards. */
    private static PreparedStatement lastSequenceNumber(Connection connection, EventSchema schema, String streamId)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement("SELECT " + schema.sequenceNumberColumn()
                + " FROM " + schema.domainEventTable() + " WHERE " + schema.aggregateIdentifierColumn() + " = ?"
                + " ORDER BY " + schema.aggregateIdentifierColumn() + " DESC, " + schema.sequenceNumberColumn()
                + " DESC FETCH FIRST 1 ROWS ONLY");
        statement.setString(1, streamId);
        return statement;
    }
}
