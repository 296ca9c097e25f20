package org.labourtracker.api.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.LongStream;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.labourtracker.ZhanaozenCase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The reads the event store answers with statements of the tracker's own ({@link EventStoreConfiguration}):
 * a stream's last position, and a processor's next events when its position has gaps below it. Also
 * that the global index comes from the table's sequence, one step per event.
 */
@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:event-store-reads;DB_CLOSE_DELAY=-1")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventStoreReadsTest {

    @Autowired
    private EventStorageEngine store;
    @Autowired
    private JdbcTemplate jdbc;

    private List<Long> positions;
    private List<String> identifiers;

    @BeforeAll
    void recordTheZhanaozenCase(@Autowired CommandGateway commands) {
        ZhanaozenCase.commands().forEach(commands::sendAndWait);
        positions = jdbc.queryForList("SELECT global_index FROM domain_event_entry ORDER BY global_index", Long.class);
        identifiers = jdbc.queryForList("SELECT event_identifier FROM domain_event_entry ORDER BY global_index",
                String.class);
    }

    @Test
    void eachEventRecordedOneAtATimeTakesTheNextGlobalIndex() {
        assertThat(positions).hasSizeGreaterThan(10);
        assertThat(positions).containsExactlyElementsOf(
                LongStream.range(positions.get(0), positions.get(0) + positions.size()).boxed().toList());
    }

    @Test
    void aStreamsLastPositionIsItsHighestSequenceNumber() {
        Long stored = jdbc.queryForObject("SELECT MAX(sequence_number) FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", Long.class, ZhanaozenCase.DISPUTE);

        assertThat(stored).isGreaterThan(5);
        assertThat(store.lastSequenceNumberFor(ZhanaozenCase.DISPUTE)).contains(stored);
        assertThat(store.lastSequenceNumberFor("no-such-stream")).isEmpty();
    }

    @Test
    void aPositionWithGapsReadsTheGapsThenWhatFollowsThePosition() {
        GapAwareTrackingToken withGaps = GapAwareTrackingToken.newInstance(positions.get(5),
                new TreeSet<>(List.of(positions.get(2), positions.get(3))));

        List<String> read = store.readEvents(withGaps, false).limit(4).map(TrackedEventMessage::getIdentifier).toList();

        assertThat(read).containsExactly(
                identifiers.get(2), identifiers.get(3), identifiers.get(6), identifiers.get(7));
    }
}
