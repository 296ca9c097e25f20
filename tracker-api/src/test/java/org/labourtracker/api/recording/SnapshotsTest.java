package org.labourtracker.api.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.FixedValueParameterResolver;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.labourtracker.TrackerApplication;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.dispute.DemandOutcome;
import org.labourtracker.dispute.DetentionKind;
import org.labourtracker.dispute.Dispute;
import org.labourtracker.dispute.DisputeCommand.OpenDispute;
import org.labourtracker.dispute.DisputeCommand.RaiseDemand;
import org.labourtracker.dispute.DisputeCommand.RecordDemandOutcome;
import org.labourtracker.dispute.DisputeCommand.RecordProtest;
import org.labourtracker.dispute.DisputeCommand.ReleaseDetainees;
import org.labourtracker.dispute.DisputeCommand.ReportDetentions;
import org.labourtracker.dispute.DisputeEvent.DetaineesReleased;
import org.labourtracker.dispute.DisputeStatus;
import org.labourtracker.dispute.ProtestKind;
import org.labourtracker.evidence.Claim;
import org.labourtracker.evidence.Evidence;
import org.labourtracker.evidence.RecordIdReused;
import org.labourtracker.evidence.RecordRejected;
import org.labourtracker.evidence.When;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A dispute recorded past 500 events is snapshotted at its 500th event, and after a restart (nothing
 * in any cache) it is judged from that snapshot and the events after it, exactly as from its whole
 * stream: what its history forbids is still refused, what it allows is recorded at the next position.
 */
class SnapshotsTest {

    private static final String DISPUTE = "uzen-oil-strike-2011";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int EVENTS = 500;
    private static final Evidence EVIDENCE =
            ZhanaozenCase.evidence(When.day(2011, 12, 16), ZhanaozenCase.ZHANAOZEN, ZhanaozenCase.WSWS);

    @TempDir
    Path dataDirectory;

    record SnapshotRow(String stream, long sequence, String type, String payloadType, String revision) {
    }

    @Test
    void aLongDisputeIsJudgedFromItsSnapshotAfterARestartAsFromItsWholeStream() {
        try (ConfigurableApplicationContext application = start()) {
            CommandGateway commands = application.getBean(CommandGateway.class);
            commandsUpToTheSnapshot().forEach(commands::sendAndWait);

            JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> !snapshots(jdbc).isEmpty());
            assertThat(snapshots(jdbc)).containsExactly(
                    new SnapshotRow(DISPUTE, EVENTS - 1, "Dispute", Dispute.class.getName(), "2"));
        }

        try (ConfigurableApplicationContext application = start()) {
            EventStore store = application.getBean(EventStore.class);
            DomainEventStream stream = store.readEvents(DISPUTE);
            DomainEventMessage<?> first = stream.next();
            assertThat(first.getSequenceNumber()).as("the stream as a command reads it starts at the snapshot")
                    .isEqualTo(EVENTS - 1);
            assertThat(first.getPayload()).isInstanceOf(Dispute.class);
            assertThat(stream.hasNext()).as("no event after the snapshot yet").isFalse();
            assertThat(first.getPayload()).as("the snapshot's state, as that of the whole stream replayed")
                    .usingRecursiveComparison().isEqualTo(replayed(application.getBean(EventStorageEngine.class)));

            CommandGateway commands = application.getBean(CommandGateway.class);
            assertThatThrownBy(() -> commands.sendAndWait(new RecordDemandOutcome(DISPUTE, "pay-again", "pay",
                    DemandOutcome.REFUSED, EVIDENCE))).as("an outcome for a demand already met")
                    .isInstanceOfSatisfying(RecordRejected.class, refused -> {
                        assertThat(refused.field()).isEqualTo("demandId");
                        assertThat(refused.reason()).isEqualTo("the demand is already MET");
                    });
            assertThatThrownBy(() -> commands.sendAndWait(new RaiseDemand(DISPUTE, "pay-twice", "pay",
                    "Higher pay", EVIDENCE))).as("a demand raised twice")
                    .isInstanceOfSatisfying(RecordRejected.class, refused ->
                            assertThat(refused.reason()).isEqualTo("a demand with this id was already raised"));
            assertThatThrownBy(() -> commands.sendAndWait(new ReleaseDetainees(DISPUTE, "release-nobody",
                    List.of("someone-never-detained"), EVIDENCE))).as("a release of someone never detained")
                    .isInstanceOfSatisfying(RecordRejected.class, refused ->
                            assertThat(refused.field()).isEqualTo("personIds[0]"));
            assertThatThrownBy(() -> commands.sendAndWait(new RecordProtest(DISPUTE, "protest-0",
                    ProtestKind.MARCH, List.of(), EVIDENCE))).as("the first protest's id, other content")
                    .isInstanceOf(RecordIdReused.class);
            commands.sendAndWait(protest(0));
            assertThat(storedEvents(application)).as("the first protest sent again records nothing")
                    .isEqualTo(EVENTS);

            commands.sendAndWait(new ReleaseDetainees(DISPUTE, "release-turbayev",
                    List.of(ZhanaozenCase.TURBAYEV.id()), EVIDENCE));
            assertThat(storedEvents(application)).isEqualTo(EVENTS + 1);
            {
                DomainEventStream after = store.readEvents(DISPUTE, EVENTS);
                DomainEventMessage<?> released = after.next();
                assertThat(released.getSequenceNumber()).isEqualTo(EVENTS);
                assertThat(released.getPayload()).isEqualTo(new DetaineesReleased(DISPUTE, "release-turbayev",
                        List.of(ZhanaozenCase.TURBAYEV.id()), EVIDENCE));
                assertThat(after.hasNext()).isFalse();
            }
        }
    }

    @Test
    void aSnapshotOfTheShapeBeforeTheVersionsWereKeptIsPassedOver() throws Exception {
        try (ConfigurableApplicationContext application = start()) {
            CommandGateway commands = application.getBean(CommandGateway.class);
            commandsUpToTheSnapshot().forEach(commands::sendAndWait);
            JdbcTemplate jdbc = application.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> !snapshots(jdbc).isEmpty());
            // revision 1, as stored before 6 December 2026: each record id taken mapped to its fingerprint alone
            ObjectNode state = (ObjectNode) JSON.readTree(jdbc.queryForObject(
                    "SELECT payload FROM snapshot_event_entry WHERE aggregate_identifier = ?", byte[].class, DISPUTE));
            ObjectNode taken = (ObjectNode) state.path("records").path("taken");
            taken.properties().forEach(entry -> entry.setValue(entry.getValue().path("said")));
            assertThat(taken.path("protest-0").has("fields")).as("the fingerprint in the first shape").isTrue();
            jdbc.update("UPDATE snapshot_event_entry SET payload = ?, payload_revision = '1' WHERE aggregate_identifier = ?",
                    JSON.writeValueAsBytes(state), DISPUTE);
        }

        try (ConfigurableApplicationContext application = start()) {
            assertThat(application.getBean(EventStore.class).readEvents(DISPUTE).next().getSequenceNumber())
                    .as("the stream as a command reads it starts at its first event").isZero();
            CommandGateway commands = application.getBean(CommandGateway.class);
            assertThat((Object) commands.sendAndWait(protest(0))).as("the first protest sent again")
                    .isEqualTo(4L);
            assertThat((Object) commands.sendAndWait(new ReleaseDetainees(DISPUTE, "release-turbayev",
                    List.of(ZhanaozenCase.TURBAYEV.id()), EVIDENCE))).as("a new record").isEqualTo((long) EVENTS);
        }
    }

    /** The opening, a demand met, a detention, then protests: 500 events, numbered 0 to 499. */
    private static List<Object> commandsUpToTheSnapshot() {
        List<Object> commands = new ArrayList<>(List.of(
                new OpenDispute(DISPUTE, "open", "Uzen oil strike", "Oil and gas", DisputeStatus.ACTIVE,
                        List.of(), List.of(), EVIDENCE),
                new RaiseDemand(DISPUTE, "demand-pay", "pay", "Pay the regional coefficient", EVIDENCE),
                new RecordDemandOutcome(DISPUTE, "pay-met", "pay", DemandOutcome.MET, EVIDENCE),
                new ReportDetentions(DISPUTE, "detained", ZhanaozenCase.SHOOTING, DetentionKind.ARRESTED, List.of(),
                        List.of(ZhanaozenCase.TURBAYEV), EVIDENCE)));
        for (int i = 0; commands.size() < EVENTS; i++) {
            commands.add(protest(i));
        }
        return commands;
    }

    private static RecordProtest protest(int i) {
        return new RecordProtest(DISPUTE, "protest-" + i, ProtestKind.DEMONSTRATION,
                List.of(new Claim(ZhanaozenCase.WSWS, 100, 200 + i, 300 + i, null)), EVIDENCE);
    }

    /** The dispute rebuilt from every stored event, snapshot or none. */
    private static Dispute replayed(EventStorageEngine storage) {
        List<? extends DomainEventMessage<?>> events = storage.readEvents(DISPUTE, 0).asStream().toList();
        assertThat(events).hasSize(EVENTS);
        Dispute dispute = instantiate();
        EventSourcedAggregate<Dispute> aggregate = EventSourcedAggregate.initialize(dispute,
                // the command handlers' StreamDirectory: never called here
                AnnotatedAggregateMetaModelFactory.inspectAggregate(Dispute.class, MultiParameterResolverFactory.ordered(
                        ClasspathParameterResolverFactory.forClass(Dispute.class),
                        (executable, parameters, index) -> index == 0 ? null : new FixedValueParameterResolver<>(null))),
                null,
                NoSnapshotTriggerDefinition.TRIGGER);
        aggregate.initializeState(DomainEventStream.of(events.stream()));
        return aggregate.getAggregateRoot();
    }

    private static Dispute instantiate() {
        try {
            var constructor = Dispute.class.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<SnapshotRow> snapshots(JdbcTemplate jdbc) {
        return jdbc.query("SELECT aggregate_identifier, sequence_number, type, payload_type, payload_revision "
                        + "FROM snapshot_event_entry ORDER BY sequence_number",
                (row, i) -> new SnapshotRow(row.getString(1), row.getLong(2), row.getString(3), row.getString(4),
                        row.getString(5)));
    }

    private static long storedEvents(ConfigurableApplicationContext application) {
        return application.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, DISPUTE);
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TrackerApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("tracker"),
                "--server.port=0");
    }
}
