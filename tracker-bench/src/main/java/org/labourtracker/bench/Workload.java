package org.labourtracker.bench;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.MetaData;
import org.labourtracker.api.exchange.Import;
import org.labourtracker.api.exchange.ImportJob;
import org.labourtracker.api.recording.RecordKinds;
import org.labourtracker.dispute.DisputeEvent;
import org.springframework.core.io.ClassPathResource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Realistic records for every step, taken from the 2011 case as the service stores it: the demo file
 * (demo/zhanaozen.ndjson: two disputes, a legal case, corrections) is imported through the ordinary
 * import, and its stored events become the templates. Commands and request bodies are records of
 * kinds that any open dispute accepts (strikes, protests, casualties, state actions, employer
 * responses) under new record ids; the bulk load copies the whole case, stream by stream, under new
 * stream ids, so that every copy is as valid as the original.
 */
final class Workload {

    /** Record kinds that need nothing recorded before them, so any open dispute takes any number. */
    private static final Set<Class<?>> FREE_KINDS = Set.of(DisputeEvent.StrikeRecorded.class,
            DisputeEvent.ProtestRecorded.class, DisputeEvent.CasualtiesReported.class,
            DisputeEvent.StateActionRecorded.class, DisputeEvent.EmployerResponseRecorded.class);

    private static final Class<?> OPEN_DISPUTE = RecordKinds.DISPUTES.command(null).orElseThrow();

    /** One record as a request: where it is posted, and its body without stream and record id. */
    record Posting(String kind, Class<?> command, ObjectNode body) {
    }

    private record StoredTemplate(String type, String streamId, long sequence, Class<?> payloadType, JsonNode payload,
                                  Map<String, Object> metaData) {
    }

    private final ObjectMapper json;
    private final ObjectNode opening;
    private final List<Posting> postings = new ArrayList<>();
    private final List<StoredTemplate> stored = new ArrayList<>();
    private final Set<String> streams;

    private Workload(ObjectMapper json, List<DomainEventMessage<?>> events) {
        this.json = json;
        ObjectNode open = null;
        Map<String, Long> streamIds = new HashMap<>();
        for (DomainEventMessage<?> event : events) {
            ObjectNode payload = json.valueToTree(event.getPayload());
            stored.add(new StoredTemplate(event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(),
                    event.getPayloadType(), payload, new HashMap<>(event.getMetaData())));
            streamIds.merge(event.getAggregateIdentifier(), 1L, Long::sum);
            if (open == null && event.getPayload() instanceof DisputeEvent.DisputeOpened) {
                open = payload;
            }
            if (FREE_KINDS.contains(event.getPayloadType())) {
                RecordKinds.Posting posting = RecordKinds.postingFor(event.getPayloadType()).orElseThrow();
                Class<?> command = posting.stream().command(posting.kind()).orElseThrow();
                postings.add(new Posting(posting.kind(), command, payload));
            }
        }
        if (open == null || postings.isEmpty()) {
            throw new IllegalStateException("the demo file no longer holds an opened dispute and its records");
        }
        this.opening = open;
        this.streams = streamIds.keySet();
    }

    /** Imports the demo file into the (empty) store and takes what was stored as templates. */
    static Workload fromDemoCase(Import imports, EventStorageEngine storage, ObjectMapper json) throws IOException {
        ImportJob.Report report;
        try (InputStream file = new ClassPathResource("demo/zhanaozen.ndjson").getInputStream()) {
            report = imports.importNow(file);
        }
        if (!report.problems().isEmpty()) {
            throw new IllegalStateException("the demo file did not import cleanly: " + report.problems());
        }
        List<DomainEventMessage<?>> events = new ArrayList<>();
        try (Stream<? extends TrackedEventMessage<?>> all = storage.readEvents(null, false)) {
            all.forEach(event -> events.add((DomainEventMessage<?>) event));
        }
        return new Workload(json, events);
    }

    /** The first employer the 2011 dispute opened with, party to every dispute the benchmark opens or copies. */
    String employer() {
        return opening.path("employers").path(0).path("name").asText();
    }

    /** Events in one copy of the case. */
    int eventsPerCopy() {
        return stored.size();
    }

    /** Opens a dispute with the 2011 dispute's opening record. */
    Object openDispute(String disputeId) {
        return command(opening.deepCopy(), OPEN_DISPUTE, disputeId, "open");
    }

    /** The n-th free record, as a command for the dispute. */
    Object record(int n, String disputeId, String recordId) {
        Posting posting = posting(n);
        return command(posting.body().deepCopy(), posting.command(), disputeId, recordId);
    }

    Posting posting(int n) {
        return postings.get(Math.floorMod(n, postings.size()));
    }

    /** The body of the n-th free record as posted to {@code POST /api/disputes/{id}/{kind}}. */
    String body(Posting posting, String disputeId, String recordId) {
        ObjectNode body = posting.body().deepCopy();
        body.put("disputeId", disputeId);
        body.put("recordId", recordId);
        return body.toString();
    }

    private Object command(ObjectNode body, Class<?> type, String disputeId, String recordId) {
        body.put("disputeId", disputeId);
        body.put("recordId", recordId);
        try {
            return json.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored " + type.getSimpleName() + " no longer reads as its command", e);
        }
    }

    /**
     * The whole case copied under new stream ids (each id with {@code suffix} appended, in the payload
     * too), recorded now: the events of every stream in order, as the store would hold them.
     */
    List<DomainEventMessage<?>> copy(String suffix) {
        List<DomainEventMessage<?>> events = new ArrayList<>(stored.size());
        Instant now = Instant.now();
        for (StoredTemplate template : stored) {
            JsonNode payload = renamed(template.payload().deepCopy(), suffix);
            Object value;
            try {
                value = json.treeToValue(payload, template.payloadType());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot copy a stored " + template.payloadType().getSimpleName(), e);
            }
            events.add(new GenericDomainEventMessage<>(template.type(), template.streamId() + suffix,
                    template.sequence(), value, MetaData.from(template.metaData()), UUID.randomUUID().toString(),
                    now));
        }
        return events;
    }

    /** Replaces every text that names one of the case's streams by the copy's name for it. */
    private JsonNode renamed(JsonNode node, String suffix) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                field.setValue(renamed(field.getValue(), suffix));
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, renamed(array.get(i), suffix));
            }
            return array;
        }
        if (node.isTextual() && streams.contains(node.asText())) {
            return TextNode.valueOf(node.asText() + suffix);
        }
        return node;
    }
}
