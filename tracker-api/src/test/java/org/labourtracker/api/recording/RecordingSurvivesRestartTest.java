package org.labourtracker.api.recording;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.labourtracker.TrackerApplication;
import org.labourtracker.ZhanaozenCase;
import org.labourtracker.api.audit.IntegrityCheck;
import org.labourtracker.dispute.DisputeEvent.CasualtiesReported;
import org.labourtracker.dispute.DisputeEvent.StrikeRecorded;
import org.labourtracker.evidence.Claim;
import org.labourtracker.legal.CaseEvent.VerdictDelivered;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The 2011 Zhanaozen case recorded through the real application on a file database survives a
 * restart: every event comes back in order with its sources and its recording metadata, also after
 * the file was copied into a new one the way the README tells operators to give its space back.
 */
class RecordingSurvivesRestartTest {

    private static final String RECORDER = "monitor-almaty";

    @TempDir
    Path dataDirectory;

    /** What an auditor can check of each stored event. */
    record Stored(long globalIndex, String stream, long sequence, String type, Object payload,
                  Map<String, Object> metaData, String timestamp) {
    }

    @Test
    void everyRecordComesBackWithItsSourcesAndMetadataAfterARestart() {
        List<Stored> recorded;
        try (ConfigurableApplicationContext application = start()) {
            CommandGateway commands = application.getBean(CommandGateway.class);
            ZhanaozenCase.commands().forEach(commands::sendAndWait);
            recorded = storedEvents(application);
        }

        assertThat(recorded).hasSize(ZhanaozenCase.commands().size());
        assertThat(recorded).extracting(Stored::globalIndex).isSorted().doesNotHaveDuplicates();
        assertThat(recorded).allSatisfy(event -> {
            assertThat(event.metaData()).containsEntry(RecordingMetadata.RECORDED_BY, RECORDER);
            assertThat(event.metaData().get(RecordingMetadata.RECORDED_AT)).asString().isNotBlank();
            assertThat(event.metaData()).containsKey("correlationId");
        });

        List<Stored> reread;
        try (ConfigurableApplicationContext application = start()) {
            reread = storedEvents(application);
        }

        assertThat(reread).containsExactlyElementsOf(recorded);
        assertThat(reread).extracting(Stored::type).contains("Dispute", "LegalCase");
        CasualtiesReported killed = payload(reread, CasualtiesReported.class, "shooting-killed");
        assertThat(killed.claims()).extracting(claim -> claim.source().kind().name(), Claim::best)
                .contains(org.assertj.core.groups.Tuple.tuple("OFFICIAL", 13), org.assertj.core.groups.Tuple.tuple("NGO", 70));
        assertThat(killed.evidence().sources()).contains(ZhanaozenCase.WSWS, ZhanaozenCase.WORKERS_BLOG);
        assertThat(payload(reread, StrikeRecorded.class, "strike-uzen").employer()).isEqualTo("UzenMunayGas");
        assertThat(payload(reread, VerdictDelivered.class, "verdict").judgements().get(0).sentence().months())
                .isEqualTo(72);
    }

    @Test
    void sendingEveryCommandAgainAfterARestartRecordsNothingNew() {
        int stored;
        try (ConfigurableApplicationContext application = start()) {
            CommandGateway commands = application.getBean(CommandGateway.class);
            ZhanaozenCase.commands().forEach(commands::sendAndWait);
            stored = storedEvents(application).size();
        }
        try (ConfigurableApplicationContext application = start()) {
            CommandGateway commands = application.getBean(CommandGateway.class);
            ZhanaozenCase.commands().forEach(commands::sendAndWait);
            assertThat(storedEvents(application)).hasSize(stored);
        }
    }

    @Test
    @DisabledIfSystemProperty(named = "tracker.test.database", matches = "postgresql",
            disabledReason = "the copy is H2's; on PostgreSQL the records are not in the H2 file")
    void everyRecordComesBackIntactAfterTheFileIsCompactedAsTheReadmeSays() throws Exception {
        List<Stored> recorded;
        try (ConfigurableApplicationContext application = start()) {
            CommandGateway commands = application.getBean(CommandGateway.class);
            ZhanaozenCase.commands().forEach(commands::sendAndWait);
            recorded = storedEvents(application);
        }
        Path file = dataDirectory.resolve("tracker.mv.db");
        // H2 packs a file for up to 200 ms whenever it closes it: 324 KB became 180 KB in a run
        runScript("SHUTDOWN;");
        long closed = Files.size(file);

        runScript("SHUTDOWN COMPACT;");

        assertThat(Files.size(file)).isLessThan(closed / 2);
        assertThat(dataDirectory.resolve("tracker.mv.db.tempFile")).doesNotExist();
        try (ConfigurableApplicationContext application = start()) {
            assertThat(storedEvents(application)).containsExactlyElementsOf(recorded);
            IntegrityCheck.Report report = application.getBean(IntegrityCheck.class).verify(null);
            assertThat(report.findings()).isEmpty();
            assertThat(report.intact()).isTrue();
            assertThat(report.eventsChecked()).isEqualTo(recorded.size());
        }
    }

    private void runScript(String statement) throws Exception {
        Path script = Files.writeString(dataDirectory.resolve("compact.sql"), statement + "\n");
        new RunScript().runTool("-url", "jdbc:h2:file:" + dataDirectory.resolve("tracker"), "-user", "tracker",
                "-password", "", "-script", script.toString());
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TrackerApplication.class).run(
                "--spring.datasource.url=jdbc:h2:file:" + dataDirectory.resolve("tracker"),
                "--server.port=0",
                "--tracker.recording.default-recorder=" + RECORDER);
    }

    private static List<Stored> storedEvents(ConfigurableApplicationContext application) {
        EventStorageEngine storage = application.getBean(EventStorageEngine.class);
        try (var events = storage.readEvents(null, false)) {
            return events.map(RecordingSurvivesRestartTest::stored).toList();
        }
    }

    private static Stored stored(TrackedEventMessage<?> event) {
        DomainEventMessage<?> domainEvent = (DomainEventMessage<?>) event;
        return new Stored(event.trackingToken().position().orElseThrow(),
                domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber(), domainEvent.getType(),
                event.getPayload(), Map.<String, Object>copyOf(event.getMetaData()), event.getTimestamp().toString());
    }

    private static <T> T payload(List<Stored> events, Class<T> type, String recordId) {
        return events.stream().map(Stored::payload).filter(type::isInstance).map(type::cast)
                .filter(event -> recordId.equals(recordIdOf(event))).findFirst().orElseThrow();
    }

    private static String recordIdOf(Object event) {
        if (event instanceof org.labourtracker.dispute.DisputeEvent disputeEvent) {
            return disputeEvent.recordId();
        }
        return ((org.labourtracker.legal.CaseEvent) event).recordId();
    }
}
