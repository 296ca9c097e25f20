package org.labourtracker.api.recording;

import java.util.List;
import java.util.UUID;

import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.labourtracker.api.confidential.ConfidentialNames;
import org.labourtracker.api.problem.InvalidRequest;
import org.labourtracker.evidence.ExpectedVersion;
import org.springframework.stereotype.Service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Turns a posted JSON record into a command and sends it: the stream id comes from the URL, the
 * record id from the body, the {@code Idempotency-Key} header or a new UUID, and the expected
 * version from {@code If-Match}. The same command path serves the API and the import.
 */
@Service
public class Recording {

    /** The warning of a record whose text names a confidential person. */
    public static final String CONFIDENTIAL_NAMED = "the record names a person who is confidential: readers below "
            + "AUDITOR see a pseudonym in place of the name; check that nothing else in it identifies them";

    private final CommandGateway commands;
    private final StrictJson json;
    private final ConfidentialNames confidentialNames;
    private final MeterRegistry metrics;

    Recording(CommandGateway commands, StrictJson json, ConfidentialNames confidentialNames,
              MeterRegistry metrics) {
        this.commands = commands;
        this.json = json;
        this.confidentialNames = confidentialNames;
        this.metrics = metrics;
    }

    Recorded record(RecordKinds stream, String streamId, Class<?> commandType, String body,
                    String idempotencyKey, Long expectedVersion) throws JsonProcessingException {
        return record(stream, streamId, commandType, json.object(body), idempotencyKey, expectedVersion);
    }

    /**
     * Records one line of an import: {@code record} is the command as JSON and must carry its own
     * record id, so that importing the same file twice records everything once.
     */
    public Recorded importRecord(RecordKinds stream, Class<?> commandType, ObjectNode record)
            throws JsonProcessingException {
        return importRecord(stream, commandType, record, MetaData.emptyInstance());
    }

    /** Records a line of another log's export, with its provenance (see {@link RecordingMetadata}). */
    public Recorded importRecord(RecordKinds stream, Class<?> commandType, ObjectNode record, MetaData provenance)
            throws JsonProcessingException {
        JsonNode recordId = record.get("recordId");
        if (recordId == null || !recordId.isTextual()) {
            throw new InvalidRequest("recordId", "is required in an import, so that a repeated import records once");
        }
        return record(stream, null, commandType, record, null, null, provenance);
    }

    private Recorded record(RecordKinds stream, String streamId, Class<?> commandType, ObjectNode record,
                            String idempotencyKey, Long expectedVersion) throws JsonProcessingException {
        return record(stream, streamId, commandType, record, idempotencyKey, expectedVersion, MetaData.emptyInstance());
    }

    private Recorded record(RecordKinds stream, String streamId, Class<?> commandType, ObjectNode record,
                            String idempotencyKey, Long expectedVersion, MetaData provenance)
            throws JsonProcessingException {
        if (streamId != null) {
            JsonNode given = record.get(stream.idField);
            if (given != null && !given.isNull() && !streamId.equals(given.asText())) {
                throw new InvalidRequest(stream.idField, "must match the id in the address, " + streamId);
            }
            record.set(stream.idField, TextNode.valueOf(streamId));
        }
        String recordId = recordId(record, idempotencyKey);
        Object command = json.command(record, commandType);
        String target = record.path(stream.idField).asText(null);
        long version = send(command, expectedVersion, provenance);
        return new Recorded(target, recordId, version, warnings(record));
    }

    /** Sends a command as a monitor's request would; handler exceptions arrive as themselves. */
    public void send(Object command, Long expectedVersion) {
        send(command, expectedVersion, MetaData.emptyInstance());
    }

    /** @return the version of the stream that the command's record made, as its handler answers (see {@code Dispute}) */
    private long send(Object command, Long expectedVersion, MetaData provenance) {
        MetaData metaData = expectedVersion == null ? provenance
                : provenance.and(ExpectedVersion.METADATA_KEY, expectedVersion);
        Timer.Sample sample = Timer.start(metrics);
        String outcome = "refused";
        try {
            Object version = commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
            outcome = "success";
            if (!(version instanceof Long answered)) {
                throw new IllegalStateException(command.getClass().getSimpleName()
                        + " was not answered with its stream's version but with " + version);
            }
            return answered;
        } catch (CommandExecutionException wrapped) {
            if (wrapped.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw wrapped;
        } finally {
            sample.stop(Timer.builder("tracker.command.latency")
                    .description("A command from sending to its answer, retries of write conflicts included")
                    .tag("command", command.getClass().getSimpleName()).tag("outcome", outcome)
                    .register(metrics));
        }
    }

    private static String recordId(ObjectNode record, String idempotencyKey) {
        JsonNode given = record.get("recordId");
        if (given != null && !given.isNull()) {
            if (idempotencyKey != null && !idempotencyKey.equals(given.asText())) {
                throw new InvalidRequest("Idempotency-Key", "must equal recordId when both are given");
            }
            return given.asText();
        }
        String recordId = idempotencyKey != null ? idempotencyKey : UUID.randomUUID().toString();
        record.set("recordId", TextNode.valueOf(recordId));
        return recordId;
    }

    /**
     * Tells the monitor when the record's text names a confidential person: readers below AUDITOR
     * will see a pseudonym there, and the monitor may want to word it otherwise.
     */
    private List<String> warnings(ObjectNode record) {
        if (confidentialNames.current().foundIn(record.toString()).isEmpty()) {
            return List.of();
        }
        return List.of(CONFIDENTIAL_NAMED);
    }

    /** Reads a JSON object with the API's strict rules. */
    public ObjectNode object(String body) throws JsonProcessingException {
        return json.object(body);
    }
}
